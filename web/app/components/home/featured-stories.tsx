import { Link } from "react-router";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";

interface Story {
  to: string;
  kicker: PlainMessageKey;
  title: PlainMessageKey;
  excerpt: PlainMessageKey;
  /** Which CSS placeholder composition stands in for the photograph. */
  visual: "gold" | "leather" | "steel";
}

const STORIES: readonly Story[] = [
  {
    to: "/stories/everyday-diamonds",
    kicker: "home.stories.1.kicker",
    title: "home.stories.1.title",
    excerpt: "home.stories.1.excerpt",
    visual: "gold",
  },
  {
    to: "/stories/florence-leather-workshop",
    kicker: "home.stories.2.kicker",
    title: "home.stories.2.title",
    excerpt: "home.stories.2.excerpt",
    visual: "leather",
  },
  {
    to: "/stories/understated-complications",
    kicker: "home.stories.3.kicker",
    title: "home.stories.3.title",
    excerpt: "home.stories.3.excerpt",
    visual: "steel",
  },
];

export function FeaturedStories() {
  const { t } = useI18n();
  return (
    <section className="section container" aria-labelledby="stories-heading">
      <h2 id="stories-heading" className="section__heading">
        {t("home.stories.heading")}
      </h2>
      <ul className="story-grid">
        {STORIES.map((story) => (
          <li key={story.to}>
            <article className="story-card">
              <div className={`story-card__visual placeholder placeholder--${story.visual}`} aria-hidden="true" />
              <p className="eyebrow">{t(story.kicker)}</p>
              <h3 className="story-card__title">
                {/* The title is the link; CSS stretches its hit area over the card. */}
                <Link to={story.to} className="story-card__link">
                  {t(story.title)}
                </Link>
              </h3>
              <p className="story-card__excerpt">{t(story.excerpt)}</p>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
