// Builds large, realistic journals for the benchmark, deterministically: the same seed and size give the same bytes.
// A journal is written as a `net export json` document (src/formats/json.ts) and restored with the built
// CLI's `net import json`, so it goes through the product's own import path.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Bump when the generated data changes, so cached journals in bench/.work are rebuilt. */
export const GENERATOR_VERSION = 2;
/** Every date is relative to this day; the harness runs the CLI with NET_TODAY set to it. */
export const TODAY = "2026-11-22";
/** The person `net ask`, `net show` and `net log` are timed on: a close, long-standing contact with a unique name. */
export const TARGET = "Ingrid Castellanos-Whitfield";

/** The sizes the harness builds; main is the one every command is timed on. */
export const SIZES = {
  p1k: { people: 1_000, interactions: 3_300, ledger: 700, intros: 70, followUps: 330, asks: 20 },
  p10k: { people: 10_000, interactions: 33_000, ledger: 6_700, intros: 670, followUps: 3_300, asks: 200 },
  main: { people: 30_000, interactions: 100_000, ledger: 20_000, intros: 2_000, followUps: 10_000, asks: 600 },
  i1m: { people: 30_000, interactions: 1_000_000, ledger: 20_000, intros: 2_000, followUps: 10_000, asks: 600 },
};

const DAY_MS = 86_400_000;
const TODAY_N = Date.parse(`${TODAY}T00:00:00Z`) / DAY_MS;
const TEN_YEARS = 3652;

const day = (n) => new Date(Math.round(n) * DAY_MS).toISOString().slice(0, 10);

/** sfc32, seeded through splitmix32: small, fast and good enough for test data. */
export function prng(seed) {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split(),
    b = split(),
    c = split(),
    d = split();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  const rand = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    /** Picks from [value, weight] pairs. */
    weighted: (pairs) => {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [v, w] of pairs) if ((r -= w) < 0) return v;
      return pairs.at(-1)[0];
    },
  };
  return rand;
}

const FIRST =
  `James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah
Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Sandra Mark Ashley Steven Emily Andrew Kimberly Paul Michelle Joshua Carol
Kevin Amanda Brian Melissa George Deborah Timothy Stephanie Ryan Rebecca Jason Laura Jacob Helen Gary Sharon Nicholas Cynthia Eric Kathleen
Ana Lucía María José Sofía Mateo Santiago Valentina Camila Diego Joaquín Martina Tomás Inés Pablo Álvaro Marta Raúl Elena Javier Carmen
Priya Arjun Rohan Ananya Vikram Aditya Kavya Ishaan Neha Rahul Deepika Sanjay Meera Aarav Divya Karthik Lakshmi Nikhil Pooja Suresh
Wei Li Ming Xiao Jun Hui Yan Jing Lei Fang Hao Mei Chen Yu Tao Ling Bo Qing Zhen Hong
Hiroshi Yuki Haruto Sakura Kenji Aiko Takumi Yui Sota Hana Minh Linh Thanh Duc Ji-woo Min-jun Seo-yeon Hye-jin Dong-hyun Eun-ji
Mohammed Fatima Ahmed Aisha Omar Layla Yusuf Zainab Hassan Mariam Karim Nour Tariq Salma Khalid Yasmin Amir Leila Samir Rania
Olumide Chiamaka Kwame Amara Tunde Ngozi Kofi Abena Chidi Adaeze Sipho Thandiwe Jabari Zuri Emeka Folake Kwesi Nia Oluwaseun Ayodele
Lukas Anna Jonas Lea Felix Marie Maximilian Sophie Leon Hannah Björn Åsa Sven Ingrid Lars Sigrid Mikael Astrid Henrik Freja
Louis Camille Hugo Chloé Jules Léa Gabriel Manon Arthur Zoé Luca Giulia Marco Chiara Matteo Francesca Alessandro Sara Lorenzo Elisa
Olga Dmitri Natalia Sergei Irina Pavel Katarzyna Piotr Agnieszka Tomasz Zsófia Bence Petra Jakub Eszter Mihai Ioana Andrei Elif Emre`.split(
    /\s+/,
  );
const LAST =
  `Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore
Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores
Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gómez Fernández Díaz Morales Jiménez Ruiz Álvarez Romero Navarro Castro
Patel Sharma Singh Kumar Gupta Reddy Iyer Nair Menon Rao Joshi Desai Mehta Shah Kapoor Chatterjee Banerjee Pillai Verma Agarwal
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura
Kobayashi Sato Kato Kim Park Choi Jung Kang Cho Yoon Jang Lim Han Tran Le Pham Hoang Phan Vu Dang Bui Do
Khan Ali Hussain Ahmed Rahman Hassan Ibrahim Mahmoud Haddad Nasser Saleh Farouk Aziz Karimi Hosseini Yilmaz Kaya Demir Şahin Çelik
Okafor Adeyemi Mensah Okonkwo Nwosu Boateng Abubakar Eze Owusu Adebayo Balogun Nkosi Dlamini Mwangi Otieno Kamau Achieng Diallo Traoré Keita
Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsen Hansen
Jensen Nielsen Dubois Lefebvre Moreau Laurent Girard Rousseau Bonnet Fontaine Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino
Greco Kowalski Nowak Wiśniewski Wójcik Novák Horváth Nagy Popescu Ivanov Petrov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Volkov
O'Brien O'Connor Murphy Kelly Walsh Byrne Ryan McCarthy MacDonald Campbell Stewart Murray Van der Berg De Vries Janssen Peeters Silva Santos
Oliveira Souza Costa Pereira Almeida Ferreira Carvalho Ribeiro`.split(/\s+/);
const COMPANY_A =
  `Acme Blue Northwind Contoso Globex Initech Umbrella Stark Wayne Vandelay Hooli Pied Cyberdyne Soylent Tyrell Wonka Aperture Black
Mesa Orbital Quantum Nimbus Vertex Summit Harbor Cedar Granite Lumen Atlas Beacon Cobalt Meridian Aurora Horizon Pinnacle Sterling Evergreen
Redwood Silverline Bright Clear Open Deep Bold True Swift Keystone Polar Crimson Golden Iron Copper Coral Jade Nova Apex Prism Helix Vector
Arc Echo Fable Kite Lattice Mosaic Nexus Onyx Pulse Ridge Sage Tidal Union Vista Willow Zenith`.split(/\s+/);
const COMPANY_B =
  `Labs Systems Technologies Partners Capital Health Energy Analytics Robotics Bio Logistics Studio Media Foods Networks Software Consulting
Group Ventures Security Cloud Data AI Payments Mobility Materials Design Learning Works Dynamics`.split(/\s+/);
const COMPANY_SUFFIX = ["", "", "", " Inc.", " Ltd", " GmbH", " SA", " LLC", " plc", " BV"];
const BIG = [
  "Google",
  "Microsoft",
  "Amazon",
  "Meta",
  "Apple",
  "Salesforce",
  "Deloitte",
  "Accenture",
  "McKinsey & Company",
  "IBM",
  "Oracle",
  "SAP",
  "Siemens",
  "Shopify",
  "Stripe",
  "Spotify",
  "Airbnb",
  "Uber",
  "Netflix",
  "Adobe",
  "Cisco",
  "Intel",
  "NVIDIA",
  "PwC",
  "EY",
  "KPMG",
  "Unilever",
  "Nestlé",
  "BNP Paribas",
  "HSBC",
];
const TITLES =
  `Software Engineer|Senior Software Engineer|Product Manager|Senior Product Manager|Engineering Manager|Director of Engineering|VP Engineering|CTO|CEO|
Co-Founder|Founder & CEO|Data Scientist|Machine Learning Engineer|UX Designer|Product Designer|Head of Design|Marketing Manager|Growth Lead|
Account Executive|Sales Director|Recruiter|Talent Partner|HR Business Partner|Consultant|Senior Consultant|Partner|Principal|Investor|
Venture Partner|Analyst|Financial Analyst|Operations Manager|Chief of Staff|Customer Success Manager|Solutions Architect|DevOps Engineer|
Research Scientist|Professor|PhD Candidate|Student|Freelance Developer|Advisor|Board Member|Head of People|General Counsel|COO|CFO`.split(
    /\s*\|\s*/,
  );
const TAGS = [
  "investor",
  "climate",
  "design",
  "founder",
  "recruiter",
  "alumni",
  "friend",
  "client",
  "mentor",
  "conference",
  "ex-colleague",
  "family",
];
const PLACES = [
  "Web Summit 2019",
  "the Lisbon meetup",
  "a friend's wedding",
  "university",
  "the Acme offsite",
  "SaaStr 2022",
  "the climate hackathon",
  "a dinner at Ana's",
  "the YC demo day",
  "a podcast recording",
  "the gym",
  "the school gate",
  "PyCon 2018",
  "a chamber-of-commerce mixer",
];
// What people need and offer (net who, net suggest): a tenth of them with each, as a heavy connector's journal has.
const NEEDS = [
  "a product designer",
  "seed investors",
  "senior engineers",
  "a CFO",
  "intros to fintech CTOs",
  "a growth marketer",
  "data scientists",
  "a technical co-founder",
  "enterprise customers",
  "a mentor for a new manager",
];
const OFFERS = [
  "product design",
  "seed investment",
  "engineering leadership advice",
  "intros to banks",
  "growth marketing",
  "data science mentoring",
  "introductions to investors",
  "hiring advice for engineers",
  "legal advice for startups",
  "sales coaching",
];

const TOPICS = [
  "her raise",
  "his move to Berlin",
  "the fundraising round",
  "hiring a designer",
  "their product launch",
  "the reorg",
  "a job offer",
  "the conference talk",
  "kids and schools",
  "the climate project",
  "pricing",
  "an acquisition rumour",
  "their new role",
  "burnout and holidays",
  "the board meeting",
  "open-source work",
  "a book recommendation",
  "the migration to the cloud",
  "a podcast idea",
  "mentoring juniors",
];
const NOTES = [
  (t) => `Caught up about ${t}.`,
  (t) => `Coffee; talked about ${t}. Promised to send an article.`,
  (t) => `Quick chat about ${t}`,
  (t) => `Long call: ${t}, and what they need next quarter. Follow up on intros.`,
  (t) => `Lunch. Mostly ${t}; they asked about our roadmap.`,
  (t) => `Replied to their note about ${t}`,
  (t) => `Sent congratulations on ${t}`,
];
const GIVES = [
  "reviewed their pitch deck",
  "an introduction to a recruiter",
  "feedback on the CV",
  "shared an article",
  "a referral",
  "advice on pricing",
  "spoke at their meetup",
  "a book",
  "helped with a hiring loop",
  "a reference call",
  "beta-tested the app",
  "an intro to an investor",
];
const ASKS = [
  "a referral to their company",
  "an intro to their CTO",
  "feedback on our deck",
  "a reference",
  "a podcast guest spot",
  "advice on fundraising",
];
const CHANNEL_MIX = [
  ["email", 34],
  ["message", 24],
  ["call", 15],
  ["video", 13],
  ["meeting", 10],
  ["social", 4],
];

function slug(name, rand) {
  const base = name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${base}-${rand.int(0x10000000, 0xffffffff).toString(16)}`;
}

function makePeople(n, rand) {
  const companies = [...BIG];
  while (companies.length < Math.max(60, Math.round(n / 40))) {
    companies.push(`${rand.pick(COMPANY_A)} ${rand.pick(COMPANY_B)}${rand.pick(COMPANY_SUFFIX)}`);
  }
  // Company sizes follow a long tail: a few employers account for many connections.
  const companyOf = () => companies[Math.floor(companies.length * rand.next() ** 2.2)];
  const people = [];
  for (let id = 1; id <= n; id++) {
    const first = FIRST[Math.floor(FIRST.length * rand.next() ** 1.3)];
    const last = LAST[Math.floor(LAST.length * rand.next() ** 1.2)];
    const name = rand.chance(0.04) ? `${first} ${String.fromCharCode(65 + rand.int(0, 25))}. ${last}` : `${first} ${last}`;
    const fromLinkedIn = rand.chance(0.85);
    const connected = TODAY_N - Math.floor(rand.next() ** 0.8 * 4400);
    const tags = fromLinkedIn ? ["linkedin"] : [];
    if (rand.chance(0.1)) tags.push(rand.pick(TAGS));
    people.push({
      id,
      name,
      company: rand.chance(0.88) ? companyOf() : null,
      title: rand.chance(0.9) ? rand.pick(TITLES) : null,
      emails: rand.chance(0.2)
        ? [
            `${`${first}.${last}`
              .normalize("NFKD")
              .replace(/[^A-Za-z.]/g, "")
              .toLowerCase()}${id}@example.com`,
          ]
        : [],
      phones: rand.chance(0.1) ? [`+1 555 ${String(rand.int(1000000, 9999999)).replace(/(\d{3})(\d{4})/, "$1 $2")}`] : [],
      tags,
      links: [],
      met: rand.chance(0.1) ? rand.pick(PLACES) : null,
      metOn: fromLinkedIn ? day(connected) : null,
      birthday: rand.chance(0.05)
        ? `${rand.chance(0.5) ? "-" : rand.int(1960, 2000)}-${String(rand.int(1, 12)).padStart(2, "0")}-${String(rand.int(1, 28)).padStart(2, "0")}`
        : null,
      linkedinUrl: fromLinkedIn ? `https://www.linkedin.com/in/${slug(name, rand)}` : null,
      note: rand.chance(0.05) ? `Interested in ${rand.pick(TOPICS)}. Two kids; prefers mornings.` : null,
      cadenceDays: null,
      archived: rand.chance(0.005),
      created: day(fromLinkedIn ? connected : TODAY_N - rand.int(0, TEN_YEARS)),
      needs: rand.chance(0.1) ? [rand.pick(NEEDS)] : [],
      offers: rand.chance(0.1) ? [...new Set([rand.pick(OFFERS), rand.pick(OFFERS)])] : [],
    });
  }
  return people;
}

/** The document `net import json` restores: see src/formats/json.ts. */
export function generateJournal(size, seed = 20261122) {
  const rand = prng(seed);
  const people = makePeople(size.people, rand);
  // 15 % of the network has any history; activity within it follows a Zipf-like curve.
  const active = [];
  const activeCount = Math.max(50, Math.round(size.people * 0.15));
  const order = people.filter((p) => !p.archived).map((p) => p.id);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand.next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  let weightSum = 0;
  const cumulative = [];
  for (let rank = 0; rank < activeCount; rank++) {
    const id = order[rank];
    // Relationships start any time in ten years; half are still going, the others faded at some point.
    const start = TODAY_N - Math.floor(TEN_YEARS * rand.next() ** 0.8);
    const end = rand.chance(0.5) ? TODAY_N : start + Math.floor((TODAY_N - start) * rand.next());
    const weight = 1 / (rank + 10) ** 0.7;
    weightSum += weight;
    cumulative.push(weightSum);
    active.push({ id, start, end, theyReachOut: 0.1 + 0.5 * rand.next(), interactions: [] });
  }
  // The timed person: high in the ranking, still in touch, with a cadence and a unique name.
  const target = active[7];
  target.start = TODAY_N - 2900;
  target.end = TODAY_N;
  Object.assign(people[target.id - 1], {
    name: TARGET,
    company: "Northwind Robotics",
    title: "VP Engineering",
    cadenceDays: 30,
    tags: ["linkedin", "ex-colleague"],
    metOn: day(target.start),
    linkedinUrl: `https://www.linkedin.com/in/${slug(TARGET, rand)}`,
  });
  // A few hundred people with a keep-in-touch cadence, most among the most active.
  for (let rank = 0; rank < activeCount; rank++) {
    if (rand.chance(rank < 600 ? 0.35 : 0.02)) people[active[rank].id - 1].cadenceDays ??= rand.pick([14, 30, 30, 60, 90, 90, 180]);
  }
  const pickActive = () => {
    const r = rand.next() * weightSum;
    let lo = 0,
      hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return active[lo];
  };
  const dateIn = (a, skew = 0.6) => Math.min(TODAY_N, a.start + Math.floor((a.end - a.start + 1) * rand.next() ** skew));

  const interactions = [];
  for (let id = 1; id <= size.interactions; id++) {
    const a = pickActive();
    const date = dateIn(a);
    const ids = [a.id];
    if (rand.chance(0.06)) {
      const other = pickActive();
      if (other.id !== a.id) ids.push(other.id);
    }
    const topic = rand.pick(TOPICS);
    interactions.push({
      id,
      date: day(date),
      channel: rand.weighted(CHANNEL_MIX),
      initiatedBy: rand.chance(a.theyReachOut) ? "them" : "me",
      note: rand.chance(0.7) ? rand.pick(NOTES)(topic) : null,
      created: day(date),
      people: ids,
    });
    a.interactions.push(id);
  }

  const intros = [];
  const ledger = [];
  const followUps = [];
  const followUp = (person, due, note, extra = {}) => {
    const open = due >= TODAY_N - 120 && rand.chance(due >= TODAY_N ? 1 : 0.3);
    followUps.push({
      id: followUps.length + 1,
      person,
      due: day(due),
      note,
      interaction: null,
      intro: null,
      created: day(Math.max(due - rand.int(1, 30), TODAY_N - TEN_YEARS - 30)),
      done: open ? null : day(Math.min(TODAY_N, due + rand.int(-2, 6))),
      ...extra,
    });
  };
  for (let id = 1; id <= size.intros; id++) {
    const a = pickActive();
    let b = pickActive();
    while (b.id === a.id) b = pickActive();
    const on = Math.max(dateIn(a, 0.4), b.start);
    const proposed = rand.chance(0.12) && on > TODAY_N - 120;
    const old = on < TODAY_N - 30;
    const outcome =
      !proposed && old
        ? rand.weighted([
            ["met", 5],
            ["fizzled", 2],
            [null, 3],
          ])
        : null;
    intros.push({
      id,
      a: a.id,
      b: b.id,
      why: rand.chance(0.8) ? `${people[a.id - 1].name.split(" ")[0]} is working on ${rand.pick(TOPICS)}` : null,
      status: proposed ? "proposed" : "made",
      proposedOn: day(on - rand.int(0, 10)),
      madeOn: proposed ? null : day(on),
      outcome,
      outcomeNote: outcome && rand.chance(0.5) ? "they had coffee" : null,
      outcomeOn: outcome ? day(Math.min(TODAY_N, on + rand.int(7, 40))) : null,
    });
    if (!proposed) {
      for (const person of [a.id, b.id]) {
        if (ledger.length < size.ledger)
          ledger.push({
            id: ledger.length + 1,
            person,
            direction: "gave",
            what: "an introduction",
            size: "medium",
            date: day(on),
            interaction: null,
            intro: id,
            ask: null,
          });
      }
      if (followUps.length < size.followUps) followUp(a.id, on + 14, "check how the introduction went", { intro: id });
    }
  }
  while (ledger.length < size.ledger) {
    const a = pickActive();
    const linked = a.interactions.length > 0 && rand.chance(0.4) ? rand.pick(a.interactions) : null;
    ledger.push({
      id: ledger.length + 1,
      person: a.id,
      direction: rand.chance(0.55) ? "gave" : "got",
      what: rand.pick(GIVES),
      size: rand.weighted([
        ["small", 70],
        ["medium", 22],
        ["large", 8],
      ]),
      date: linked ? interactions[linked - 1].date : day(dateIn(a)),
      interaction: linked,
      intro: null,
      ask: null,
    });
  }
  const asks = [];
  for (let id = 1; id <= size.asks; id++) {
    const a = pickActive();
    const on = dateIn(a, 0.5);
    const status =
      on > TODAY_N - 60 && rand.chance(0.5)
        ? "open"
        : rand.weighted([
            ["granted", 7],
            ["declined", 3],
          ]);
    asks.push({
      id,
      person: a.id,
      what: rand.pick(ASKS),
      size: rand.weighted([
        ["small", 50],
        ["medium", 35],
        ["large", 15],
      ]),
      date: day(on),
      status,
      closed: status === "open" ? null : day(Math.min(TODAY_N, on + rand.int(1, 20))),
      interaction: null,
    });
  }
  // Follow-ups mostly come out of conversations; the recent ones may still be open (a few hundred overdue).
  for (const f of target.interactions.slice(-3))
    followUp(target.id, Number(Date.parse(interactions[f - 1].date) / DAY_MS) + 5, "send the deck", { interaction: f });
  while (followUps.length < size.followUps) {
    const a = pickActive();
    const from = a.interactions.length > 0 ? rand.pick(a.interactions) : null;
    const base = from ? Date.parse(interactions[from - 1].date) / DAY_MS : dateIn(a);
    followUp(
      a.id,
      base +
        rand.weighted([
          [3, 2],
          [7, 4],
          [14, 3],
          [30, 2],
          [90, 1],
        ]),
      rand.chance(0.8) ? `follow up on ${rand.pick(TOPICS)}` : null,
      { interaction: from },
    );
  }
  return {
    format: "net-journal",
    version: 2,
    me: { needs: ["seed investors", "a product designer"], offers: ["product strategy"] },
    people,
    interactions,
    followUps,
    asks,
    intros,
    ledger,
  };
}

/** A LinkedIn Connections.csv (the 2024+ layout: notes preamble, URL column) with `rows` connections. */
export function generateConnections(rows, seed = 7) {
  const rand = prng(seed);
  const people = makePeople(rows, rand);
  const field = (v) => {
    const s = v ?? "";
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const lines = [
    "Notes:",
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
    "",
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  ];
  for (const p of people) {
    const connected = new Date(Date.parse(p.metOn ?? p.created));
    const on = `${String(connected.getUTCDate()).padStart(2, "0")} ${MONTHS[connected.getUTCMonth()]} ${connected.getUTCFullYear()}`;
    // About 1 % of members hide their data: no name, URL, e-mail, company or position.
    if (rand.chance(0.01)) {
      lines.push(`,,,,,,${on}`);
      continue;
    }
    const [first, ...rest] = p.name.split(" ");
    const url = p.linkedinUrl ?? `https://www.linkedin.com/in/${slug(p.name, rand)}`;
    const pad = (s) => (s && rand.chance(0.08) ? ` ${s} ` : s);
    lines.push([pad(first), rest.join(" "), url, p.emails[0] ?? "", pad(p.company), p.title, on].map(field).join(","));
  }
  return lines.join("\n");
}

// node bench/generate.js SIZE OUT.json  |  node bench/generate.js connections ROWS OUT.csv
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [what, a, b] = process.argv.slice(2);
  if (what === "connections") writeFileSync(b, generateConnections(Number(a)));
  else if (what in SIZES) writeFileSync(a, JSON.stringify(generateJournal(SIZES[what])));
  else {
    console.error(
      `usage: node bench/generate.js ${Object.keys(SIZES).join("|")} OUT.json, or: node bench/generate.js connections ROWS OUT.csv`,
    );
    process.exitCode = 2;
  }
}
