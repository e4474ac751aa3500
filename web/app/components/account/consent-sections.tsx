import { Link } from "react-router";
import { privacyPolicyVersionPath, type ConsentSource } from "../../account/consents";
import { useI18n } from "../../i18n/use-i18n";
import { MARKETING_CHANNELS, type MarketingChannel } from "./sign-up-fields";

/** A channel's decision in force, its date already formatted for the reader. */
export interface ChannelView {
  granted: boolean;
  decidedOn: string | null;
  noticeVersion: string | null;
}

export interface DecisionView {
  key: string;
  channel: MarketingChannel;
  granted: boolean;
  source: ConsentSource;
  noticeVersion: string | null;
  decidedOn: string;
}

interface SwitchesProps {
  channels: Record<MarketingChannel, ChannelView>;
  /** Marketing may not be turned on (ACC-2): switches that are off cannot be turned on; those on can be turned off. */
  blocked: boolean;
  describedBy?: string | undefined;
}

/**
 * One switch per channel (checkboxes with role="switch", named by channel, so the form works
 * without scripts), each with when it was last decided and under which privacy policy.
 */
export function MarketingSwitches({ channels, blocked, describedBy }: SwitchesProps) {
  const { t } = useI18n();
  return (
    <fieldset className="cookie-choices" aria-describedby={describedBy}>
      <legend className="visually-hidden">{t("account.consents.marketingHeading")}</legend>
      <ul className="cookie-choices__list">
        {MARKETING_CHANNELS.map((channel) => {
          const state = channels[channel];
          const id = `consents-${channel}`;
          const stateId = `${id}-state`;
          return (
            <li key={channel} className="cookie-choice">
              <input
                type="checkbox"
                role="switch"
                className="cookie-choice__switch"
                id={id}
                name={channel}
                value="on"
                defaultChecked={state.granted}
                disabled={blocked && !state.granted}
                aria-describedby={[stateId, describedBy].filter(Boolean).join(" ")}
              />
              <label htmlFor={id} className="cookie-choice__label">
                {t(`account.consents.channel.${channel}`)}
              </label>
              <p id={stateId} className="cookie-choice__explanation">
                {state.decidedOn === null
                  ? t("account.consents.state.never")
                  : t(state.granted ? "account.consents.state.onSince" : "account.consents.state.offSince", { date: state.decidedOn })}
                {state.noticeVersion ? ` ${t("account.consents.state.notice", { version: state.noticeVersion })}` : null}
              </p>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** Every decision, newest first: the ledger as the customer may read it. */
export function ConsentHistory({ decisions }: { decisions: DecisionView[] }) {
  const { t } = useI18n();
  if (decisions.length === 0) return <p>{t("account.consents.historyEmpty")}</p>;
  return (
    <div className="legal-document__table">
      <table>
        <thead>
          <tr>
            <th scope="col">{t("account.consents.history.date")}</th>
            <th scope="col">{t("account.consents.history.channel")}</th>
            <th scope="col">{t("account.consents.history.choice")}</th>
            <th scope="col">{t("account.consents.history.source")}</th>
            <th scope="col">{t("account.consents.history.notice")}</th>
          </tr>
        </thead>
        <tbody>
          {decisions.map((decision) => (
            <tr key={decision.key}>
              <td>{decision.decidedOn}</td>
              <td>{t(`account.consents.channelName.${decision.channel}`)}</td>
              <td>{t(decision.granted ? "account.consents.choice.on" : "account.consents.choice.off")}</td>
              <td>{t(`account.consents.source.${decision.source}`)}</td>
              <td>
                {decision.noticeVersion ? (
                  <Link to={privacyPolicyVersionPath(decision.noticeVersion)}>{decision.noticeVersion}</Link>
                ) : (
                  t("account.consents.noNotice")
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
