/** 员工以顾客身份查看账户（ACC-6）的简体中文消息，并入 zh-Hans.ts。 */
export const staffViewZhHans = {
  "backstage.permission.customers.view_as": "以顾客所见的方式查看其账户：只读、为时 30 分钟，并须注明会向顾客显示的原因",
  "backstage.audit.action.customers.view_as_started": "以顾客身份查看账户",
  "backstage.viewAs.heading": "以顾客身份查看",
  "backstage.viewAs.explanation":
    "在此浏览器中按顾客所见的样子打开其账户。期间不能做任何更改，查看将在 30 分钟后自动结束。顾客会看到其账户于何时、为何被查看；审计日志会记下你的名字。",
  "backstage.viewAs.reason": "查看目的",
  "backstage.viewAs.chooseReason": "选择原因",
  "backstage.viewAs.reason.customer_request": "顾客请求协助",
  "backstage.viewAs.reason.order_support": "协助处理订单",
  "backstage.viewAs.reason.fraud_investigation": "欺诈调查",
  "backstage.viewAs.reason.legal_request": "执法或监管机构的要求",
  "backstage.viewAs.reason.evidence_preservation": "保全证据",
  "backstage.viewAs.submit": "以顾客身份打开账户",
  "account.staffView.heading": "员工查看 — 只读",
  "account.staffView.body": "你正以顾客所见的样子查看此账户。此处不能做任何更改，查看将在 30 分钟内自动结束。",
  "account.staffView.end": "结束查看",
  "account.error.readOnlySession": "这是员工的只读查看，此处不能做任何更改。",
} as const;
