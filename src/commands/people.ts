import type { Context } from "../context.js";
import { withJournal } from "./shared/with-journal.js";
import { hasPeople, listPeople, peopleTable, PEOPLE_ORDERS, type PeopleFilter, type PeopleOrder } from "../db/people-list.js";
import { TIERS, type Tier } from "../domain/depth.js";
import { usageError } from "../errors.js";
import { print, printBlocks, printJsonArray, say } from "../ui/output.js";
import { renderPeople, renderPeopleFitted } from "../ui/people.js";
import { personStandingJson } from "../ui/person.js";
import { visible } from "../ui/visible.js";
import { dayFrom } from "./shared/date-flags.js";
import { limitFrom } from "./shared/limit-flag.js";
import { lineText } from "./shared/text-flags.js";

export interface PeopleFlags {
  readonly tag?: string[];
  readonly anyTag?: boolean;
  readonly tier?: string;
  readonly sort?: string;
  readonly all?: boolean;
  readonly company?: string;
  readonly title?: string;
  readonly met?: string;
  readonly needs?: string;
  readonly offers?: string;
  readonly cold?: boolean;
  /** --no-contact-since: commander reads a flag starting --no- as the negation of the rest, so it arrives as contactSince. */
  readonly contactSince?: string | boolean;
  readonly limit?: string;
}

const TEXT_FILTERS = ["company", "title", "met", "needs", "offers"] as const;

export async function run(ctx: Context, flags: PeopleFlags): Promise<void> {
  const tier = flags.tier === undefined ? undefined : parseChoice<Tier>("--tier", flags.tier, TIERS);
  const order = parseChoice<PeopleOrder>("--sort", flags.sort ?? "name", PEOPLE_ORDERS);
  const tags = flags.tag ?? [];
  if (tags.some((t) => t.trim() === "")) throw usageError("--tag needs a tag", "Pass it like --tag investor.");
  if (flags.anyTag && tags.length === 0)
    throw usageError("--any-tag needs tags to choose from", "Pass them like --tag investor --tag climate --any-tag.");
  const text: { -readonly [K in (typeof TEXT_FILTERS)[number]]?: string } = {};
  for (const f of TEXT_FILTERS) {
    const value = flags[f];
    if (value === undefined) continue;
    if (lineText(value, `--${f}`) === null) throw usageError(`--${f} needs some text to look for`, `Pass it like --${f} acme.`);
    text[f] = value.trim();
  }
  const since = typeof flags.contactSince === "string" ? flags.contactSince : undefined;
  const noContactSince = since === undefined ? undefined : dayFrom(since, ctx.today, "past", "--no-contact-since");
  const limit = flags.limit === undefined ? undefined : limitFrom(flags.limit, 50);
  return withJournal(ctx, async (journal) => {
    const filter: PeopleFilter = {
      tags,
      anyTag: Boolean(flags.anyTag),
      ...(tier !== undefined ? { tier } : {}),
      includeArchived: Boolean(flags.all),
      order,
      ...text,
      ...(flags.cold ? { cold: true } : {}),
      ...(noContactSince !== undefined ? { noContactSince } : {}),
      ...(limit !== undefined ? { limit } : {}),
    };
    if (ctx.json) {
      const listed = await listPeople(journal, ctx.today, filter);
      return printJsonArray(listed.people, ({ person, relationship }) => personStandingJson(person, relationship));
    }
    const people = await peopleTable(journal, ctx.today, filter);
    if (people.order.length > 0) {
      // A line of known width gets the table fitted to it; a pipe gets whole rows, streamed.
      if (Number.isFinite(ctx.width)) print(renderPeopleFitted(people, ctx.today, ctx.width).trimEnd());
      else printBlocks(renderPeople(people, ctx.today));
      return;
    }
    if (!(await hasPeople(journal.db)))
      say("Your journal is empty. Start with: net add 'Ana Souza' --company Acme, net import linkedin Connections.csv, or try net demo.");
    else if (tags.length > 0 || tier !== undefined || Object.keys(text).length > 0 || flags.cold || noContactSince !== undefined) {
      const asked = [
        ...tags.map((t) => `--tag ${t}`),
        ...(flags.anyTag ? ["--any-tag"] : []),
        ...(tier !== undefined ? [`--tier ${tier}`] : []),
        ...Object.entries(text).map(([f, v]) => `--${f} ${JSON.stringify(v)}`),
        ...(flags.cold ? ["--cold"] : []),
        ...(noContactSince !== undefined ? [`--no-contact-since ${noContactSince}`] : []),
      ];
      say(`No one matches ${visible(asked.join(" "))}${flags.all ? "" : " (archived people are hidden; add --all)"}.`);
    } else say("Everyone in the journal is archived; net people --all shows them.");
  });
}

function parseChoice<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  const text = value.trim().toLowerCase();
  if ((choices as readonly string[]).includes(text)) return text as T;
  throw usageError(`${flag} "${value}" is not one of ${choices.join(", ")}`, `Pass it like ${flag} ${choices[choices.length - 1]}.`);
}
