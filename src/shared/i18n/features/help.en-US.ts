import type { SameKeys } from '../sameKeys';
import type { helpZhCN } from './help.zh-CN';

// In-app help in English. $t(key) nests the screens' own labels (see help.zh-CN.ts).
export const helpEnUS: SameKeys<typeof helpZhCN> = {
  ui: {
    button: 'Help',
    buttonTitle: 'Help (F1)',
    drawerTitle: 'Help',
    pageLink: 'Help on this page',
    index: 'All help topics',
    guides: 'How-to guides',
    screens: 'Screens',
    steps: 'Steps',
    points: 'Key points',
    tips: 'Tips',
    related: 'Related guides',
    openPage: 'Open the “{{page}}” screen',
    shortcuts: 'Press F1 on any screen for its help; press Esc to close help. You can keep working on the screen while help is open.',
  },
  topics: {
    importRoster: {
      title: 'Import a roster',
      summary: 'Import a list of companies from Excel or CSV as partners in one go. Nothing is written before the last step, and the database is backed up first.',
      steps: {
        open: 'In the sidebar, click “$t(nav.data)”, then “$t(dataTransfer.importCard.link)”.',
        entity: 'Under “$t(import.wizard.choose.entity)”, choose “$t(import.entities.partners)”. No roster yet? Click “$t(import.wizard.choose.template)” and fill in the template.',
        file: 'Drop the file on the dashed box or click “$t(import.wizard.choose.pick)”. .xlsx, .csv and .txt files up to 10 MB are accepted (save .xls or WPS files as .xlsx in Excel first). Then click “$t(import.wizard.next)”.',
        read: '“$t(import.wizard.steps.read)”: check the sheet and the number of data rows. If the header row was not found, type its row number in “$t(import.wizard.read.headerRow)” and click “$t(import.wizard.read.reread)”.',
        map: '“$t(import.wizard.steps.map)”: check the field each column goes to; every field marked * needs a column. For a roster with the same layout every year, click “$t(import.wizard.map.save)” and pick it next time.',
        values: 'If “$t(import.wizard.steps.values)” appears: choose the option that each unusual value in the file (e.g. ownership or company size) stands for.',
        preview: '“$t(import.wizard.steps.preview)”: look at the rows with errors and the duplicates. For a partner that already exists, choose “$t(import.wizard.preview.actions.update)” or “$t(import.wizard.preview.actions.skip)”; click “$t(import.wizard.preview.errorReport)” to fix the rows with errors in Excel and import them again.',
        confirm: '“$t(import.wizard.steps.confirm)”: choose how to import (“$t(import.wizard.confirm.allOrNothing)” is recommended) and click “$t(import.wizard.confirm.start)”. When it is done, open the partner list to check the result.',
      },
      tips: {
        backup: 'The database is backed up before the import and all rows are written at once: an error never leaves half an import.',
        codes: 'Format code columns such as the unified social credit code as text in Excel, or Excel may change the digits.',
        unverified: 'Rows whose credit code fails its check digit are imported marked “unverified” by default and listed in the R17 data quality report.',
      },
    },
    yearlyReports: {
      title: 'Produce the yearly reports (state data, quality report)',
      summary: 'The tables for the state data collection, ODS uploads and the annual quality report are produced per academic year on “$t(nav.reports)”: check the preview, then export to Excel, CSV or PDF.',
      steps: {
        open: 'In the sidebar, click “$t(nav.reports)”.',
        pick: 'Choose a report under “$t(reports.groups.stateData)”: for the state data, R1 专业产学合作情况表, R5 校外实践基地情况表 and R6 校内实践基地情况表; for ODS uploads, R2, R3 and R4; for the quality report, R7 年度校企合作数据汇总, and R8 for the enterprise report material.',
        period: 'Choose the year under “$t(reports.filters.academicYear)”; narrow it by “$t(reports.filters.orgUnit)” or “$t(reports.filters.major)” if needed. R8 needs a partner first.',
        layout: 'Reports with a “$t(reports.filters.layout)” choice: use “$t(reports.filters.layoutReview)” to check (titles, subtotals and notes) and “$t(reports.filters.layoutUpload)” for the platform (only the columns it requires).',
        check: 'Check the figures in the preview. Click a figure to see its “$t(reports.provenance.title)”: the records it was computed from.',
        refused: 'If a note above the preview says some rows were not exported (e.g. no unified social credit code), complete them first; the R17 data quality report lists what is missing.',
        export: 'Click “$t(reports.export.xlsx)” (or CSV, PDF) and choose where to save. You can then open the file or show it in its folder.',
      },
      tips: {
        quality: 'Before a submission, open R17 (the data quality report) under “$t(reports.groups.registers)” and complete credit codes, majors and the like.',
        names: 'Report names and column headings are the official Chinese ones, in every UI language.',
        settings: 'The college name and school code in the reports come from “$t(admin.settings.tabs.college)” in “$t(nav.settings)”.',
      },
    },
    agreementDocument: {
      title: 'Generate an agreement',
      summary: 'Record the agreement, then generate its text as Word or PDF from a template, print it, sign and seal.',
      steps: {
        college: 'Before the first time, fill in the college’s full name, legal representative, address and so on under “$t(admin.settings.tabs.college)” in “$t(nav.settings)”: they are Party A’s details.',
        new: 'In the sidebar, click “$t(nav.agreements)”, click “$t(agreementsUi.new)”, enter the title, type and parties, and click “$t(common.save)”. For an agreement already recorded, just open it.',
        generate: 'On the agreement’s page, click “$t(documents.generateAction)”.',
        template: 'Choose the “$t(documents.template)” and the “$t(documents.language)”.',
        missing: 'Merge fields without data are listed at the top: follow “$t(documents.missing.editAgreement)” or “$t(documents.missing.editCollege)”, or fill them in under “$t(documents.fields.heading)” and click “$t(documents.fields.save)”.',
        clauses: 'If this agreement needs different clauses, click “$t(documents.clauses.edit)” under “$t(documents.clauses.heading)”; the template itself stays unchanged.',
        export: 'Click “$t(documents.export.docx)” or “$t(documents.export.pdf)”. The file is listed under “$t(documents.versions.heading)”, where you can “$t(documents.versions.open)” it or use “$t(documents.saveCopy)” to put a copy on a USB stick or elsewhere.',
      },
      tips: {
        preview: 'The preview at the bottom of the page is exactly what is exported: read it through first.',
        templates: 'To change clauses for good, click “$t(documents.templates.manage)” and use “$t(documents.templates.copy)” on a built-in template, then edit the copy.',
        scan: 'Upload the signed and sealed scan as an attachment on the agreement’s page.',
      },
    },
    backupUsb: {
      title: 'Back up to a USB stick and restore',
      summary: 'PartnerDesk backs up on this computer every day. Back up to a USB stick regularly as well, so that your data and attachments survive a broken or replaced computer.',
      steps: {
        open: 'Plug in the USB stick and click “$t(nav.data)” in the sidebar.',
        backupTo: 'Under “$t(dataTransfer.backup.heading)”, click “$t(dataTransfer.backup.to)”, choose the USB stick (you can make a new folder on it) and confirm.',
        wait: 'Wait for the progress bar to finish. The database file and the number of attachments written are then shown; the attachments go into a PartnerDesk-attachments folder in the same place.',
        eject: 'Eject the USB stick safely in the system before unplugging it. It holds personal data such as contacts’ phone numbers: keep it safe.',
        restoreOpen: 'To restore: plug in the USB stick, open “$t(nav.data)”, click “$t(dataTransfer.backup.fromFolder)” and choose the folder you backed up to; the newest backup in it is used.',
        restoreConfirm: 'Compare the record counts “$t(dataTransfer.restore.before)” and “$t(dataTransfer.restore.after)”, then click “$t(dataTransfer.restore.confirm)”. The current data is backed up first, then PartnerDesk restarts to finish the restore.',
      },
      tips: {
        local: 'The backups on this computer are listed in the table below; you can also click “$t(dataTransfer.backup.restore)” on one of them.',
        together: 'When you copy a backup, copy its PartnerDesk-attachments folder with it, or the attachments cannot be brought back.',
        noCopy: 'Do not copy the database files in the data folder while PartnerDesk is running: use the backup instead.',
      },
    },

    dashboard: {
      title: '$t(nav.dashboard)',
      summary: 'The first screen after start: agreements, partners, funding and what is due, at a glance.',
      points: {
        cards: 'The figures at the top count all agreements, those expiring soon (active, ending within the longest reminder lead time, 180 days by default; point at the figure for the exact rule), those past their end date but still in force, and follow-ups due.',
        charts: 'The charts show agreements by status and type, partners by industry and region, and funding and contributions; click the list under a chart to open the matching records.',
        lists: 'In the agreements expiring soon and “$t(reminders.dashboard.followUpList)”, click “$t(reminders.dashboard.showAll)” for the full list.',
      },
    },
    reminders: {
      title: '$t(nav.reminders)',
      summary: 'What needs doing, worked out every day from agreement end dates, follow-up dates and agreement obligations.',
      points: {
        kinds: 'Reminders cover agreements about to expire, agreements past their end date but still in force, agreements without an end date, follow-ups due and obligations due.',
        actions: 'For each reminder you can “$t(reminders.actions.open)” the record, “$t(reminders.actions.snooze)” it until a later day or “$t(reminders.actions.dismiss)” it; for a follow-up, click “$t(reminders.actions.followUpDone)”.',
        snoozed: 'Tick “$t(reminders.includeSnoozed)” to see snoozed reminders again.',
        lead: 'How many days before expiry you are reminded is set on the “$t(admin.settings.tabs.reminders)” tab of “$t(nav.settings)”.',
      },
    },
    followUps: {
      title: '$t(capture.followUps.title)',
      summary: 'Interactions with a follow-up date that has not been followed up yet, by date. Open it with “$t(capture.followUps.title)” at the top of the window.',
      points: {
        filter: 'Use the buttons beside the title to choose how far ahead to look, or choose “$t(capture.followUps.overdueOnly)”.',
        done: 'Once followed up, click “$t(capture.timeline.markDone)” on the row.',
        capture: 'At a trade fair or visit, press Ctrl+N or click “$t(capture.launcher.button)” at the top to note the company, contact and conversation quickly.',
      },
    },
    partners: {
      title: '$t(nav.partners)',
      summary: 'All the college’s partner companies and organisations, with their contacts, agreements and interactions.',
      points: {
        find: 'Use the filters above to find partners by keyword, kind, status, industry section and region; the global search at the top (Ctrl+K) also finds them by pinyin initials.',
        new: 'Click “$t(partners.new)” to add one at a time; for a long list, use the import wizard.',
        detail: 'Click a row to open the partner and manage its “$t(partners.tabs.contacts)”, “$t(partners.tabs.agreements)” and “$t(partners.tabs.interactions)” tabs, or see its “$t(partners.tabs.history)”.',
        bulk: 'Tick several rows to change their status, export them or move them to the trash together.',
        merge: 'If the same company was entered twice, click “$t(search.merge.button)” on its page.',
      },
    },
    agreements: {
      title: '$t(nav.agreements)',
      summary: 'The cooperation agreements signed with partners, with their status and expiry.',
      points: {
        filter: 'Filter by type, status, school, major, partner and expiry.',
        new: 'Click “$t(agreementsUi.new)” to record one; an agreement has 2 to 4 parties, Party A, B, C and D in that order.',
        detail: 'On an agreement’s page you can change its status, renew it, upload attachments (such as the sealed scan) and use “$t(documents.generateAction)”.',
        expiry: 'Agreements about to expire appear in “$t(nav.reminders)” and on the “$t(nav.dashboard)”.',
      },
    },
    documents: {
      title: 'Agreement documents and templates',
      summary: 'The agreement document screen fills a template with the agreement, partner and college details; “$t(documents.templates.title)” manages the built-in templates and your own.',
      points: {
        page: 'Open the agreement document screen with “$t(documents.generateAction)” on an agreement’s page.',
        builtIn: 'Built-in templates are read-only; use “$t(documents.templates.copy)” to change one. Every save is a new version, listed under “$t(documents.templateEdit.versions)”.',
        merge: 'In clauses, {merge field} marks data filled in automatically, e.g. {甲方全称} (Party A’s full name).',
        versions: 'Exported files are kept with the agreement under “$t(documents.versions.heading)”.',
      },
    },
    programmes: {
      title: '$t(nav.programmes)',
      summary: 'Internship bases, order classes, apprenticeships, industry colleges, co-built majors, part-time teachers, teacher practice and 1+X certificates: all of them feed the yearly reports.',
      points: {
        tabs: 'One tab per kind of programme, filtered by partner, major and academic year.',
        base: 'An internship base needs its figures for each academic year (students received, equipment value, …) for reports R5 and R6.',
        major: 'Only records with a major are counted per major and uploaded to ODS; without one they count as “未分专业” (no major).',
      },
    },
    courses: {
      title: '$t(nav.courses)',
      summary: 'Courses and textbooks developed with partners, for reports R1 and R3 and the quality report.',
      points: {
        new: 'Click “$t(admin.courses.add)” and choose the kind, partner and major; a textbook can also have its ISBN and publication date.',
        filter: 'Filter by kind, partner or keyword; tick “$t(admin.common.showTrashed)” to see deleted records.',
      },
    },
    funding: {
      title: '$t(admin.funding.title)',
      summary: 'Funding sources with their income and spending, and what partners contribute, such as donated equipment or technical service income.',
      points: {
        tabs: 'Record sources under “$t(admin.funding.tabs.sources)”; under “$t(admin.funding.tabs.txns)”, click “$t(admin.funding.txns.add)” for income or spending; record partner contributions under “$t(admin.funding.tabs.contributions)”.',
        reports: 'Contributions count in reports such as R1 and R7 by major and date; R14 sums up funding.',
      },
    },
    reports: {
      title: '$t(nav.reports)',
      summary: 'State data, ODS and quality report tables, and the registers: preview first, then export.',
      points: {
        groups: 'The list on the left has two groups, “$t(reports.groups.stateData)” and “$t(reports.groups.registers)”; the registers include the agreement ledger, expiry warnings, the partner directory, the funding ledger and the data quality report.',
        preview: 'Choose a report and a year to see its preview on the right; after changing data, click “$t(reports.filters.refresh)”.',
        sources: 'Click a figure in the preview to see its “$t(reports.provenance.title)”: the records it was computed from.',
        export: 'Export with “$t(reports.export.xlsx)”, “$t(reports.export.csv)” or “$t(reports.export.pdf)”.',
      },
    },
    data: {
      title: '$t(dataTransfer.title)',
      summary: 'Backup and restore, exporting all data, clearing the sample data, and the way to the import wizard.',
      points: {
        backup: 'PartnerDesk backs up at the first start of each day, every 15 minutes while data changes, on quit and before an import or restore; click “$t(dataTransfer.backup.now)” at any time.',
        usb: '“$t(dataTransfer.backup.to)” copies a backup and the attachments to a USB stick or another place.',
        restore: 'A restore first shows the record counts now and after, and backs up the current data.',
        exportAll: '“$t(dataTransfer.exportAll.button)” writes everything to one Excel workbook, for archiving or handing over.',
        sample: 'Sample data loaded to try PartnerDesk can be removed with “$t(bulk.sample.button)”; what you entered or changed is kept.',
      },
    },
    import: {
      title: '$t(import.wizard.title)',
      summary: 'Import partners, agreements, courses, funding, internship base figures and more from Excel or CSV, step by step. Nothing is written before the last step.',
      points: {
        steps: 'The steps are “$t(import.wizard.steps.choose)”, “$t(import.wizard.steps.read)”, “$t(import.wizard.steps.map)”, “$t(import.wizard.steps.values)”, “$t(import.wizard.steps.preview)” and “$t(import.wizard.steps.confirm)”; click “$t(import.wizard.back)” at any time to change something.',
        template: 'Not sure about the layout? Start with “$t(import.wizard.choose.template)”.',
        errors: 'Use “$t(import.wizard.preview.errorReport)” to fix the rows with errors in Excel, then import them again.',
        backup: 'The database is backed up before the import; if needed, restore it on “$t(nav.data)”.',
      },
    },
    settings: {
      title: '$t(nav.settings)',
      summary: 'College details, schools and majors, reminder days, the interface language and where the data is kept.',
      points: {
        college: '“$t(admin.settings.tabs.college)” is Party A in agreements and the header of reports: fill it in first.',
        master: '“$t(admin.settings.tabs.units)”, “$t(admin.settings.tabs.majors)” and “$t(admin.settings.tabs.staff)” are the lists other screens choose from; major codes are used in uploads.',
        reminders: 'Set how many days before expiry to be reminded under “$t(admin.settings.tabs.reminders)”.',
        general: 'Under “$t(admin.settings.tabs.general)”, switch between Chinese and English, hide the middle digits of phone numbers in lists, and see where the data folder is.',
      },
    },
    trash: {
      title: '$t(nav.trash)',
      summary: 'Deleted records wait here and can be restored at any time.',
      points: {
        restore: 'Find the record and click “$t(common.restore)”; filter by “$t(trash.entityFilter)”.',
        purge: 'After “$t(admin.trash.purge)” a record cannot come back, so its name must be typed to confirm; a record other records still refer to cannot be deleted permanently.',
      },
    },
  },
};
