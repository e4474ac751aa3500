import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { Form, useNavigate } from "react-router";
import type { Suggestions } from "../catalogue/catalog-types";
import { useI18n } from "../i18n/use-i18n";
import { useHydrated } from "./cookie-consent/use-hydrated";

/** Wait this long after the last keystroke before asking, so typing a word asks once. */
const DEBOUNCE_MS = 180;
const MIN_CHARACTERS = 2;

interface Option {
  id: string;
  href: string;
  label: string;
  detail?: string;
}

interface Group {
  key: "designers" | "categories" | "products";
  options: Option[];
}

function groupsOf(suggestions: Suggestions, baseId: string): Group[] {
  const option = (kind: string, i: number, href: string, label: string, detail?: string): Option => ({ id: `${baseId}-${kind}-${i}`, href, label, detail });
  return ([
    { key: "designers", options: suggestions.designers.map((d, i) => option("d", i, `/designers/${d.slug}`, d.name)) },
    { key: "categories", options: suggestions.categories.map((c, i) => option("c", i, `/category/${c.slug}`, c.name)) },
    { key: "products", options: suggestions.products.map((p, i) => option("p", i, `/products/${p.slug}`, p.name, p.designer)) },
  ] satisfies Group[]).filter((g) => g.options.length > 0);
}

/**
 * The header's search: a plain GET form to /search (so it works without JavaScript), and with
 * JavaScript a combobox offering designers, categories and pieces as the visitor types, chosen
 * with the arrow keys and Enter (the ARIA combobox pattern with a grouped listbox).
 */
export function SearchBox() {
  const { t, locale } = useI18n();
  const hydrated = useHydrated();
  const navigate = useNavigate();
  const baseId = useId();
  const listboxId = `${baseId}-listbox`;
  const [query, setQuery] = useState("");
  const [groups, setGroups] = useState<Group[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const request = useRef<AbortController | undefined>(undefined);
  const options = groups.flatMap((g) => g.options);

  useEffect(() => () => {
    clearTimeout(timer.current);
    request.current?.abort();
  }, []);

  function ask(value: string) {
    clearTimeout(timer.current);
    request.current?.abort();
    if (value.trim().length < MIN_CHARACTERS) {
      setGroups([]);
      setOpen(false);
      return;
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      request.current = controller;
      try {
        const response = await fetch(`/api/catalog/suggestions?${new URLSearchParams({ q: value.trim(), locale })}`, { signal: controller.signal });
        if (!response.ok) return;
        const next = groupsOf((await response.json()) as Suggestions, baseId);
        setGroups(next);
        setActive(-1);
        setOpen(next.length > 0);
      } catch {
        // Aborted by the next keystroke, or offline: the form still searches on Enter.
      }
    }, DEBOUNCE_MS);
  }

  function choose(option: Option) {
    setOpen(false);
    setQuery("");
    navigate(option.href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!options.length) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      // From the box (-1) through each option and back to the box, both ways round.
      setActive((i) => {
        const next = i + step;
        return next >= options.length ? -1 : next < -1 ? options.length - 1 : next;
      });
    } else if (event.key === "Enter" && open && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === "Escape") {
      if (open) setOpen(false);
      else setQuery("");
    }
  }

  const expanded = hydrated && open && options.length > 0;
  return (
    <Form method="get" action="/search" role="search" className="site-search" onSubmit={() => setOpen(false)}>
      <label htmlFor="site-search-query" className="visually-hidden">
        {t("search.label")}
      </label>
      <input
        id="site-search-query"
        className="site-search__input"
        type="search"
        name="q"
        placeholder={t("search.placeholder")}
        autoComplete="off"
        enterKeyHint="search"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          // New words: the highlighted suggestion no longer answers them; Enter searches.
          setActive(-1);
          ask(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(groups.length > 0 && query.trim().length >= MIN_CHARACTERS)}
        {...(hydrated
          ? {
              role: "combobox",
              "aria-autocomplete": "list" as const,
              "aria-expanded": expanded,
              "aria-controls": listboxId,
              "aria-activedescendant": expanded && options[active] ? options[active].id : undefined,
            }
          : {})}
      />
      <button type="submit" className="site-search__submit">
        <SearchIcon />
        <span className="visually-hidden">{t("search.submit")}</span>
      </button>
      {hydrated ? (
        <div className={expanded ? "suggestions" : "suggestions suggestions--hidden"}>
          <div id={listboxId} role="listbox" aria-label={t("search.suggestions.label")} className="suggestions__listbox">
            {groups.map((group) => (
              <ul key={group.key} role="group" aria-labelledby={`${baseId}-${group.key}`} className="suggestions__group">
                <li role="presentation" id={`${baseId}-${group.key}`} className="suggestions__heading">{t(`search.suggestions.${group.key}`)}</li>
                {group.options.map((option) => (
                  <li
                    key={option.id}
                    id={option.id}
                    role="option"
                    aria-selected={options[active]?.id === option.id}
                    className="suggestions__option"
                    // Keep the focus in the box: a click must not blur it before it counts.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => choose(option)}
                  >
                    <span className="suggestions__label">{option.label}</span>
                    {option.detail ? <span className="suggestions__detail">{option.detail}</span> : null}
                  </li>
                ))}
              </ul>
            ))}
          </div>
        </div>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {expanded ? t("search.suggestions.count", { count: options.length }) : ""}
      </p>
    </Form>
  );
}

// Decorative: the button's name comes from the hidden text beside it.
function SearchIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="10.5" cy="10.5" r="6.5" />
      <path d="M15.5 15.5 21 21" />
    </svg>
  );
}
