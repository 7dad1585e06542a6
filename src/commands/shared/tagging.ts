import type { Context } from "../../context.js";
import { peopleOfEntry } from "../../db/entries.js";
import { withJournal } from "./with-journal.js";
import { personRefs, tagPeople, untagPeople } from "../../db/people.js";
import { refOf } from "../../domain/refs.js";
import { normaliseTag } from "../../domain/person.js";
import { plural } from "../../domain/plural.js";
import { usageError } from "../../errors.js";
import { print, printJson, say } from "../../ui/output.js";
import { visible } from "../../ui/visible.js";
import { readTargets } from "./entry-targets.js";
import { lineText } from "./text-flags.js";

// net tag: one tag for several people at once, named or taken from an entry (c12: everyone in that conversation).

/** Gives (or takes away) a tag for everyone named, as one undo step; nobody changed writes nothing. */
export async function changeTag(ctx: Context, typedTag: string, who: string[], change: "tag" | "untag"): Promise<void> {
  const tag = normaliseTag(lineText(typedTag, "the tag") ?? "");
  if (tag === "") throw usageError("the tag is empty; nothing was changed", `Name the tag first, like: net ${change} investor ana ben.`);
  const nothing = "nothing was changed";
  return withJournal(ctx, async (journal) => {
    const targets = await readTargets(journal, who, ctx, nothing);
    const ids: number[] = [];
    for (const { target } of targets) for (const id of await peopleOfEntry(journal.db, target)) if (!ids.includes(id)) ids.push(id);
    const byId = new Map((await personRefs(journal.db, ids)).map((p) => [p.id, p]));
    const changed = await journal.write(async (w) => {
      const changed = change === "tag" ? await tagPeople(w, tag, ids) : await untagPeople(w, tag, ids);
      const names = changed.map((id) => byId.get(id)!.name);
      w.describe(`${change} ${tag}: ${names.slice(0, 5).join(", ")}${names.length > 5 ? ` and ${names.length - 5} more` : ""}`);
      return changed;
    });
    const unchanged = ids.filter((id) => !changed.includes(id)).map((id) => byId.get(id)!);
    const done = changed.map((id) => byId.get(id)!);
    if (ctx.json) {
      const brief = (p: { id: number; name: string }) => ({ id: p.id, ref: refOf("p", p.id), name: p.name });
      return printJson({ tag, [change === "tag" ? "tagged" : "untagged"]: done.map(brief), unchanged: unchanged.map(brief) });
    }
    const list = (ps: { name: string }[]) => ps.map((p) => visible(p.name)).join(", ");
    if (done.length > 0)
      print(`${change === "tag" ? "Tagged" : "Untagged"} ${plural(done.length, "person", "people")} ${visible(tag)}: ${list(done)}.`);
    if (unchanged.length > 0) {
      say(change === "tag" ? `Already tagged ${visible(tag)}: ${list(unchanged)}.` : `Had no tag ${visible(tag)}: ${list(unchanged)}.`);
    }
    if (done.length === 0) say("Nothing was changed.");
    else say("Undo with: net undo");
  });
}
