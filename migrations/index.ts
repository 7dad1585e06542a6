import type { Migration } from "kysely";
import * as journal from "./2026-11-22-01-journal.js";
import * as ledger from "./2026-11-22-02-ledger.js";
import * as lastImported from "./2026-11-22-03-last-imported.js";
import * as contactDates from "./2026-11-22-04-contact-dates.js";
import * as windowIndex from "./2026-11-22-05-window-index.js";
import * as contactSpan from "./2026-11-22-06-contact-span.js";
import * as relationshipCache from "./2026-11-23-07-relationship-cache.js";
import * as undo from "./2026-12-02-08-undo.js";
import * as cardIdentity from "./2026-12-03-09-card-identity.js";
import * as calendarEntries from "./2026-12-04-10-calendar-entries.js";
import * as needsOffers from "./2026-12-04-11-needs-offers.js";
import * as searchIndex from "./2026-12-04-12-search-index.js";

// Every migration, in order. Names sort by date; add new ones at the end and never edit a released one.
export const migrations: Readonly<Record<string, Migration>> = {
  "2026-11-22-01-journal": journal,
  "2026-11-22-02-ledger": ledger,
  "2026-11-22-03-last-imported": lastImported,
  "2026-11-22-04-contact-dates": contactDates,
  "2026-11-22-05-window-index": windowIndex,
  "2026-11-22-06-contact-span": contactSpan,
  "2026-11-23-07-relationship-cache": relationshipCache,
  "2026-12-02-08-undo": undo,
  "2026-12-03-09-card-identity": cardIdentity,
  "2026-12-04-10-calendar-entries": calendarEntries,
  "2026-12-04-11-needs-offers": needsOffers,
  "2026-12-04-12-search-index": searchIndex,
};
