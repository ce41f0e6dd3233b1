// In-app help (F1, the header's 帮助 button, each page heading's 本页帮助 link), Simplified Chinese,
// the reference language. Button and page names are nested with $t(key) so the help always shows
// the words the screens themselves show, in either language, even when a label changes.
// Guides have steps (an ordered list) and tips; screen topics have points (a bulleted list).

/** One help topic: a guide has steps, a screen topic points; both may have tips. */
type HelpTopicText = {
  title: string;
  summary: string;
  steps?: Record<string, string>;
  points?: Record<string, string>;
  tips?: Record<string, string>;
};

export const helpZhCN = {
  ui: {
    button: '帮助',
    buttonTitle: '帮助（F1）',
    drawerTitle: '帮助',
    pageLink: '本页帮助',
    index: '全部帮助主题',
    guides: '操作指南',
    screens: '页面说明',
    steps: '操作步骤',
    points: '要点',
    tips: '提示',
    related: '相关操作指南',
    openPage: '打开“{{page}}”页面',
    shortcuts: '在任何页面按 F1 可打开该页的帮助，按 Esc 关闭帮助。帮助打开时仍可操作左侧页面。',
  },
  topics: {
    // ---- The four task guides ----
    importRoster: {
      title: '导入企业名册',
      summary: '把 Excel 或 CSV 格式的企业名单一次导入为合作单位。最后一步之前不会写入任何数据，导入前还会自动备份。',
      steps: {
        open: '在左侧菜单点击“$t(nav.data)”，再点击“$t(dataTransfer.importCard.link)”。',
        entity: '在“$t(import.wizard.choose.entity)”中选择“$t(import.entities.partners)”。手头还没有名册时，可以先点击“$t(import.wizard.choose.template)”，按模板填写。',
        file: '把文件拖到虚线框内，或点击“$t(import.wizard.choose.pick)”。支持 .xlsx、.csv 和 .txt，最大 10 MB（.xls 或 WPS 文件请先在 Excel 中另存为 .xlsx）。然后点击“$t(import.wizard.next)”。',
        read: '“$t(import.wizard.steps.read)”：核对工作表和数据行数。表头没有认对时，填写“$t(import.wizard.read.headerRow)”，点击“$t(import.wizard.read.reread)”。',
        map: '“$t(import.wizard.steps.map)”：检查文件中每一列对应的字段，标 * 的必填字段都要有对应的列。每年格式相同的名册，可以“$t(import.wizard.map.save)”，下次直接选用。',
        values: '如果出现“$t(import.wizard.steps.values)”：为文件里不规范的写法（如企业性质、规模）选择对应的选项。',
        preview: '“$t(import.wizard.steps.preview)”：查看有错误和重复的行。与已有单位重复的，可选“$t(import.wizard.preview.actions.update)”或“$t(import.wizard.preview.actions.skip)”；有错误的行可“$t(import.wizard.preview.errorReport)”，在 Excel 中改好再导入。',
        confirm: '“$t(import.wizard.steps.confirm)”：选择导入方式（推荐“$t(import.wizard.confirm.allOrNothing)”），点击“$t(import.wizard.confirm.start)”。完成后可直接打开合作单位列表核对。',
      },
      tips: {
        backup: '导入前会自动备份数据库，所有行一次写入：中途出错不会只导入一半。',
        codes: '统一社会信用代码等代码列请在 Excel 中设为文本格式，否则数字可能被改掉。',
        unverified: '信用代码校验位不正确的行，默认标记为“未核验”后导入，并列入 R17 数据质量报告。',
      },
    },
    yearlyReports: {
      title: '生成年度报表（状态数据、质量年报）',
      summary: '状态数据采集、ODS 上报和质量年报所需的表格，都在“$t(nav.reports)”页按学年生成，先预览核对，再导出 Excel、CSV 或 PDF。',
      steps: {
        open: '在左侧菜单点击“$t(nav.reports)”。',
        pick: '在“$t(reports.groups.stateData)”中选择报表：状态数据用 R1 专业产学合作情况表、R5 校外实践基地情况表、R6 校内实践基地情况表；ODS 上报用 R2、R3、R4；质量年报用 R7 年度校企合作数据汇总，企业年报素材用 R8。',
        period: '在“$t(reports.filters.academicYear)”中选择要统计的学年；需要时再选“$t(reports.filters.orgUnit)”或“$t(reports.filters.major)”。R8 要先选一家合作单位。',
        layout: '有“$t(reports.filters.layout)”选项的报表：自己核对用“$t(reports.filters.layoutReview)”（带标题、小计和说明），上传平台用“$t(reports.filters.layoutUpload)”（只有平台要求的列）。',
        check: '在下方预览中核对数字。点击预览中的数字，可以看到它的“$t(reports.provenance.title)”，即是哪些记录算进来的。',
        refused: '如果预览上方提示有若干行未导出（例如缺少统一社会信用代码），先按提示补全；缺少哪些信息，见 R17 数据质量报告。',
        export: '点击“$t(reports.export.xlsx)”（或 CSV、PDF），选择保存位置。保存后可直接打开文件，或在文件夹中显示。',
      },
      tips: {
        quality: '上报前先打开“$t(reports.groups.registers)”中的 R17 数据质量报告，补齐信用代码、专业等信息。',
        names: '报表名称和列名与官方表格一致，英文界面下也保持中文。',
        settings: '报表抬头的学校名称和学校代码，在“$t(nav.settings)”的“$t(admin.settings.tabs.college)”中填写。',
      },
    },
    agreementDocument: {
      title: '生成合作协议',
      summary: '先登记协议，再按模板生成 Word 或 PDF 协议文本，打印后签字盖章。',
      steps: {
        college: '第一次使用前，在“$t(nav.settings)”的“$t(admin.settings.tabs.college)”中填写学校全称、法定代表人、地址等，这些是协议甲方的信息。',
        new: '在左侧菜单点击“$t(nav.agreements)”，点击“$t(agreementsUi.new)”，填写协议名称、协议类型和签约各方，点击“$t(common.save)”。已登记的协议直接点击打开即可。',
        generate: '在协议详情页点击“$t(documents.generateAction)”。',
        template: '选择“$t(documents.template)”和“$t(documents.language)”。',
        missing: '页面上方会列出缺少数据的合并字段：按提示“$t(documents.missing.editAgreement)”或“$t(documents.missing.editCollege)”，或在“$t(documents.fields.heading)”中填写后点击“$t(documents.fields.save)”。',
        clauses: '这份协议要用不同的条款时，在“$t(documents.clauses.heading)”中点击“$t(documents.clauses.edit)”；模板本身不受影响。',
        export: '点击“$t(documents.export.docx)”或“$t(documents.export.pdf)”。生成的文件列在“$t(documents.versions.heading)”中，可以“$t(documents.versions.open)”，或“$t(documents.saveCopy)”到 U 盘等位置。',
      },
      tips: {
        preview: '页面底部的预览就是导出的内容，导出前可以先通读一遍。',
        templates: '要长期修改条款，请点击“$t(documents.templates.manage)”，把内置模板“$t(documents.templates.copy)”后再编辑。',
        scan: '签字盖章后的扫描件，可以作为附件上传到该协议的详情页。',
      },
    },
    backupUsb: {
      title: '备份到U盘并恢复',
      summary: '程序每天会在本机自动备份。再定期备份到 U 盘，电脑损坏或更换时也能找回全部数据和附件。',
      steps: {
        open: '插入 U 盘，在左侧菜单点击“$t(nav.data)”。',
        backupTo: '在“$t(dataTransfer.backup.heading)”中点击“$t(dataTransfer.backup.to)”，选择 U 盘（可以在 U 盘上新建一个文件夹）并确认。',
        wait: '等进度条走完。完成后会显示写入的数据库文件和附件数量；附件放在同一位置的 PartnerDesk-attachments 文件夹中。',
        eject: '在系统中安全弹出 U 盘后再拔下。U 盘中有联系人电话等个人信息，请妥善保管。',
        restoreOpen: '需要恢复时：插入 U 盘，打开“$t(nav.data)”，点击“$t(dataTransfer.backup.fromFolder)”，选择当时备份的文件夹，程序会使用其中最新的一份备份。',
        restoreConfirm: '核对“$t(dataTransfer.restore.before)”和“$t(dataTransfer.restore.after)”的记录数，点击“$t(dataTransfer.restore.confirm)”。程序会先备份当前数据，再重新启动完成恢复。',
      },
      tips: {
        local: '本机的备份列在页面下方的表格中，也可以直接点击某一份的“$t(dataTransfer.backup.restore)”。',
        together: '复制备份时，请连同 PartnerDesk-attachments 文件夹一起复制，否则附件无法取回。',
        noCopy: '程序运行时不要直接复制数据文件夹中的数据库文件，请使用备份功能。',
      },
    },

    // ---- One topic per screen ----
    dashboard: {
      title: '$t(nav.dashboard)',
      summary: '打开程序后首先看到的页面，汇总协议、合作单位、经费和待办事项。',
      points: {
        cards: '顶部的数字是协议总数、即将到期（生效中、终止日期在提醒的最长提前天数内，默认 180 天；鼠标停在数字上可看口径）、已过期仍生效和待跟进的数量。',
        charts: '图表按协议状态和类型、合作单位的行业和地区、经费和企业投入统计；点击图表下方的列表可打开筛选好的记录。',
        lists: '在即将到期的协议和“$t(reminders.dashboard.followUpList)”中点击“$t(reminders.dashboard.showAll)”可查看完整列表。',
      },
    },
    reminders: {
      title: '$t(nav.reminders)',
      summary: '根据协议终止日期、跟进日期和协议义务，每天自动列出需要处理的事项。',
      points: {
        kinds: '提醒包括：即将到期的协议、已过终止日期仍在生效的协议、未填写终止日期的协议、待跟进事项和到期的协议义务。',
        actions: '每条提醒可以“$t(reminders.actions.open)”相关记录，“$t(reminders.actions.snooze)”到以后某天，或“$t(reminders.actions.dismiss)”；跟进类提醒可以“$t(reminders.actions.followUpDone)”。',
        snoozed: '勾选“$t(reminders.includeSnoozed)”可以找回暂缓的提醒。',
        lead: '协议到期前提前几天提醒，在“$t(nav.settings)”页的“$t(admin.settings.tabs.reminders)”标签中设置。',
      },
    },
    followUps: {
      title: '$t(capture.followUps.title)',
      summary: '往来记录中填了跟进日期、还没有跟进的事项，按日期排列。从页面顶部的“$t(capture.followUps.title)”进入。',
      points: {
        filter: '用标题右侧的按钮选择时间范围（如 30 天内），或选“$t(capture.followUps.overdueOnly)”。',
        done: '跟进之后，点击该行的“$t(capture.timeline.markDone)”。',
        capture: '在展会或走访时，按 Ctrl+N 或点击页面顶部的“$t(capture.launcher.button)”，可以快速记下单位、联系人和洽谈内容。',
      },
    },
    partners: {
      title: '$t(nav.partners)',
      summary: '本校所有合作企业和机构的名录，以及它们的联系人、协议和往来记录。',
      points: {
        find: '用上方的筛选条件按关键词、单位类型、合作状态、行业门类和地区查找；页面顶部的全局搜索（Ctrl+K）还能按拼音首字母查找。',
        new: '点击“$t(partners.new)”逐个录入；名单较多时，用导入向导一次导入。',
        detail: '点击某一行打开单位详情，在“$t(partners.tabs.contacts)”“$t(partners.tabs.agreements)”“$t(partners.tabs.interactions)”等标签页中管理，并可查看“$t(partners.tabs.history)”。',
        bulk: '勾选多行后，可以批量更改状态、导出或移到回收站。',
        merge: '发现同一家单位录了两次时，在详情页点击“$t(search.merge.button)”。',
      },
    },
    agreements: {
      title: '$t(nav.agreements)',
      summary: '登记与企业签订的各类合作协议，跟踪状态和到期时间。',
      points: {
        filter: '可以按协议类型、状态、二级学院、专业、合作单位和到期时间筛选。',
        new: '点击“$t(agreementsUi.new)”登记新协议；协议须有 2 至 4 方，依次为甲、乙、丙、丁方。',
        detail: '在协议详情页可以更改状态、续签、上传附件（如盖章扫描件），以及“$t(documents.generateAction)”。',
        expiry: '即将到期的协议会出现在“$t(nav.reminders)”和“$t(nav.dashboard)”中。',
      },
    },
    documents: {
      title: '协议文本与模板',
      summary: '协议文本页按模板把协议、合作单位和学校信息填进协议；“$t(documents.templates.title)”页管理内置模板和自己的模板。',
      points: {
        page: '从协议详情页点击“$t(documents.generateAction)”进入协议文本页。',
        builtIn: '内置模板只读；点击“$t(documents.templates.copy)”后可以修改。每次保存都是一个新版本，可在“$t(documents.templateEdit.versions)”中查看。',
        merge: '条款中用 {合并字段} 表示自动填入的数据，例如 {甲方全称}。',
        versions: '导出过的文件随协议保存在“$t(documents.versions.heading)”中。',
      },
    },
    programmes: {
      title: '$t(nav.programmes)',
      summary: '登记实习基地、订单班、现代学徒制、产业学院、专业共建、企业兼职教师、教师企业实践和 1+X 证书，这些数据会进入年度报表。',
      points: {
        tabs: '每类项目一个标签页，可以按合作单位、专业和学年筛选。',
        base: '实习基地要按学年填写年度数据（接待学生量、设备值等），用于 R5、R6 报表。',
        major: '填写了专业，数据才能按专业统计并上报 ODS；不填时计入“未分专业”。',
      },
    },
    courses: {
      title: '$t(nav.courses)',
      summary: '登记与企业共同开发的课程和教材，用于 R1、R3 报表和质量年报。',
      points: {
        new: '点击“$t(admin.courses.add)”，选择类别、合作单位和专业；教材还可以填写 ISBN 和出版日期。',
        filter: '可以按类别、合作单位或关键词筛选；勾选“$t(admin.common.showTrashed)”可查看已删除的记录。',
      },
    },
    funding: {
      title: '$t(admin.funding.title)',
      summary: '记录专项经费的来源和收支，以及企业捐赠设备、技术服务到款等投入。',
      points: {
        tabs: '“$t(admin.funding.tabs.sources)”中登记经费来源；“$t(admin.funding.tabs.txns)”中点击“$t(admin.funding.txns.add)”记录收入或支出；“$t(admin.funding.tabs.contributions)”中登记企业投入。',
        reports: '企业投入按专业和日期计入 R1、R7 等报表；经费收支汇总见 R14。',
      },
    },
    reports: {
      title: '$t(nav.reports)',
      summary: '生成状态数据、ODS、质量年报等报表和各类管理台账：先预览，再导出。',
      points: {
        groups: '左侧分为“$t(reports.groups.stateData)”和“$t(reports.groups.registers)”两组；台账包括协议台账、到期预警、合作企业名录、经费明细和数据质量报告。',
        preview: '选择报表和学年后，右侧会显示预览；刚修改过数据时，点击“$t(reports.filters.refresh)”。',
        sources: '点击预览中的数字，可以查看“$t(reports.provenance.title)”，核对是哪些记录算进来的。',
        export: '用“$t(reports.export.xlsx)”“$t(reports.export.csv)”或“$t(reports.export.pdf)”导出。',
      },
    },
    data: {
      title: '$t(dataTransfer.title)',
      summary: '备份与恢复、导出全部数据、清除示例数据，以及打开导入向导。',
      points: {
        backup: '每天首次启动、有改动时每 15 分钟、退出时，以及导入、恢复之前，程序都会自动备份；也可以随时点击“$t(dataTransfer.backup.now)”。',
        usb: '“$t(dataTransfer.backup.to)”把备份和附件复制到 U 盘等位置。',
        restore: '恢复前会列出当前和恢复后的记录数，并先备份当前数据。',
        exportAll: '“$t(dataTransfer.exportAll.button)”把所有数据导出到一个 Excel 工作簿，便于存档或交接。',
        sample: '试用时载入的示例数据，可以用“$t(bulk.sample.button)”删除，您录入或修改过的数据会保留。',
      },
    },
    import: {
      title: '$t(import.wizard.title)',
      summary: '按步骤从 Excel 或 CSV 导入合作单位、协议、课程、经费、实习基地年度数据等。最后一步之前不会写入任何数据。',
      points: {
        steps: '步骤依次为“$t(import.wizard.steps.choose)”“$t(import.wizard.steps.read)”“$t(import.wizard.steps.map)”“$t(import.wizard.steps.values)”“$t(import.wizard.steps.preview)”“$t(import.wizard.steps.confirm)”；可以随时点击“$t(import.wizard.back)”返回修改。',
        template: '不确定表格格式时，先“$t(import.wizard.choose.template)”。',
        errors: '有错误的行可以“$t(import.wizard.preview.errorReport)”，在 Excel 中改好后再导入。',
        backup: '导入前会自动备份，如有需要，可在“$t(nav.data)”页恢复到导入前。',
      },
    },
    settings: {
      title: '$t(nav.settings)',
      summary: '学校信息、二级学院和专业等基础数据、提醒天数、界面语言和数据位置。',
      points: {
        college: '“$t(admin.settings.tabs.college)”是协议甲方和报表抬头使用的信息，请先填写完整。',
        master: '“$t(admin.settings.tabs.units)”“$t(admin.settings.tabs.majors)”“$t(admin.settings.tabs.staff)”供各页面选择；专业代码用于上报。',
        reminders: '在“$t(admin.settings.tabs.reminders)”中设置协议到期前提前几天提醒。',
        general: '在“$t(admin.settings.tabs.general)”中可以切换中文或英文界面、在列表中隐藏电话号码中间位，并查看数据文件夹的位置。',
      },
    },
    trash: {
      title: '$t(nav.trash)',
      summary: '删除的记录先放在这里，可以随时恢复。',
      points: {
        restore: '找到记录后点击“$t(common.restore)”；可以按“$t(trash.entityFilter)”筛选。',
        purge: '“$t(admin.trash.purge)”后无法恢复，需要输入名称确认；仍被其他记录引用的不能永久删除。',
      },
    },
  },
} as const satisfies { ui: Record<string, string>; topics: Record<string, HelpTopicText> };
