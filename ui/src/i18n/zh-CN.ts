// 简体中文. Typed against the English keys: a missing or unknown key is a type error
// (npm run check), and i18n.test.ts checks the placeholders match.
import type { Key } from "./en";

export const zhCN: Record<Key, string> = {
  "toolbar.edited": "已编辑",
  "toolbar.edited_title": "有未保存的更改",
  "toolbar.history": "历史",
  "toolbar.selection": "选择",
  "toolbar.zoom": "缩放",

  "action.edit.undo": "撤销",
  "action.edit.undo_named": "撤销 {edit}",
  "action.edit.redo": "重做",
  "action.edit.redo_named": "重做 {edit}",
  "action.edit.delete": "删除",
  "action.view.zoom_in": "放大",
  "action.view.zoom_out": "缩小",
  "action.view.fit": "适合窗口",
  "action.view.actual_size": "实际大小",

  "problems.heading": "问题",
  "problems.errors": "错误",
  "problems.warnings": "警告",
  "problems.info": "提示",
  "problems.none": "没有问题。",

  "recovery.heading": "发现上次会话中未保存的工作。",
  "recovery.restore": "恢复",
  "recovery.restore_named": "恢复“{name}”",
  "recovery.discard": "丢弃",
  "recovery.discard_named": "丢弃“{name}”",

  "canvas.label": "服务蓝图",
};
