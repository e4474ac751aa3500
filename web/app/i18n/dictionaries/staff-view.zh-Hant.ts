/** 員工以顧客身分查看帳戶（ACC-6）的繁體中文（香港）訊息，併入 zh-Hant.ts。 */
export const staffViewZhHant = {
  "backstage.permission.customers.view_as": "以顧客所見的方式查看其帳戶：唯讀、為時 30 分鐘，並須註明會向顧客顯示的原因",
  "backstage.audit.action.customers.view_as_started": "以顧客身分查看帳戶",
  "backstage.viewAs.heading": "以顧客身分查看",
  "backstage.viewAs.explanation":
    "在此瀏覽器中按顧客所見的樣子開啟其帳戶。期間不能作任何更改，查看會在 30 分鐘後自動結束。顧客會看到其帳戶於何時及為何被查看；審計紀錄會記下你的名字。",
  "backstage.viewAs.reason": "查看目的",
  "backstage.viewAs.chooseReason": "選擇原因",
  "backstage.viewAs.reason.customer_request": "顧客要求協助",
  "backstage.viewAs.reason.order_support": "協助處理訂單",
  "backstage.viewAs.reason.fraud_investigation": "欺詐調查",
  "backstage.viewAs.reason.legal_request": "執法或監管機構的要求",
  "backstage.viewAs.reason.evidence_preservation": "保存證據",
  "backstage.viewAs.submit": "以顧客身分開啟帳戶",
  "account.staffView.heading": "員工查看 — 唯讀",
  "account.staffView.body": "你正以顧客所見的樣子查看此帳戶。此處不能作任何更改，查看會在 30 分鐘內自動結束。",
  "account.staffView.end": "結束查看",
  "account.error.readOnlySession": "這是員工的唯讀查看，此處不能作任何更改。",
} as const;
