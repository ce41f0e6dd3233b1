// Strings of the placement statistics feature (Simplified Chinese, the reference language).
export const placementsZhCN = {
  tab: '订单培养与实习就业',
  heading: '订单培养、顶岗实习与毕业生就业（按专业、学年）',
  hint: '每个专业每个学年一行；没有数据的格子请留空，不要填 0。',
  columns: {
    academicYear: '学年',
    major: '专业',
    orderTrainees: '订单培养人数',
    interns: '接受顶岗实习学生数',
    graduatesEmployed: '接受毕业生就业数',
  },
  empty: '尚无订单培养与实习就业数据',
  add: '录入数据',
  edit: '修改',
  editTitle: '修改 {{year}} 学年 {{major}} 的数据',
  save: '保存',
  cancelEdit: '取消修改',
  delete: '删除',
  deleteConfirm: '将这一行移入回收站？',
  deleted: '已移入回收站',
  undo: '撤销',
  saved: '已保存',
};
