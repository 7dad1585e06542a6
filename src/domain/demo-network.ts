import type { ChannelName, Initiator } from "./channels.js";
import type { SizeName } from "./sizes.js";
import { addDays } from "./dates.js";

// The sample network `net demo` fills a throw-away journal with: a believable mix of strong, fading and new ties,
// dated relative to today so that every section of `net due` and every verdict of `net ask` has something to show.

export interface DemoPerson {
  readonly name: string;
  readonly company?: string;
  readonly title?: string;
  readonly emails?: readonly string[];
  readonly tags?: readonly string[];
  readonly met?: string;
  readonly metOn?: string;
  readonly cadenceDays?: number;
  readonly birthday?: string;
  readonly note?: string;
  readonly needs?: readonly string[];
  readonly offers?: readonly string[];
}

export interface DemoInteraction {
  readonly people: readonly string[];
  readonly date: string;
  readonly channel: ChannelName;
  readonly initiatedBy: Initiator;
  readonly note?: string;
}

export interface DemoLedgerEntry {
  readonly person: string;
  readonly direction: "gave" | "got";
  readonly what: string;
  readonly size: SizeName;
  readonly date: string;
}

export interface DemoAsk {
  readonly person: string;
  readonly what: string;
  readonly size: SizeName;
  readonly date: string;
}

export interface DemoIntro {
  readonly a: string;
  readonly b: string;
  readonly why: string;
  readonly date: string;
}

export interface DemoFollowUp {
  readonly person: string;
  readonly due: string;
  readonly note: string;
}

export interface DemoNetwork {
  readonly people: readonly DemoPerson[];
  readonly interactions: readonly DemoInteraction[];
  readonly ledger: readonly DemoLedgerEntry[];
  readonly asks: readonly DemoAsk[];
  readonly intros: readonly DemoIntro[];
  readonly followUps: readonly DemoFollowUp[];
  /** What the user needs and offers (net me). */
  readonly me: { readonly needs: readonly string[]; readonly offers: readonly string[] };
}

export function demoNetwork(today: string): DemoNetwork {
  const ago = (days: number) => addDays(today, -days);
  const birthdayIn = (days: number) => `--${addDays(today, days).slice(5)}`;
  const interactions: DemoInteraction[] = [];

  // Priya: a former colleague you have kept up with for three years — a call most months, lunch every quarter.
  for (let month = 0; month < 36; month++) {
    const date = ago(12 + month * 30);
    const inPerson = month % 3 === 0;
    interactions.push({
      people: ["Priya Raman"],
      date,
      channel: inPerson ? "meeting" : "call",
      initiatedBy: month % 2 === 0 ? "them" : "me",
      ...(month === 0 ? { note: "Lunch. She is building a platform team and wants senior SREs." } : {}),
    });
  }
  // Hannah: a mentor you saw every other week until half a year ago.
  for (let i = 0; i < 30; i++) {
    interactions.push({ people: ["Hannah Becker"], date: ago(190 + i * 14), channel: "meeting", initiatedBy: i % 2 === 0 ? "me" : "them" });
  }
  interactions[interactions.length - 30] = { ...interactions[interactions.length - 30]!, note: "Coffee. Talked about going independent." };
  // Tom: a client you e-mail every week; you always write first.
  for (let week = 0; week < 20; week++) {
    interactions.push({
      people: ["Tom Nguyen"],
      date: ago(3 + week * 7),
      channel: "email",
      initiatedBy: "me",
      ...(week === 0 ? { note: "Sent the Q4 report." } : {}),
    });
  }
  // Marcus: new since a conference two months ago.
  interactions.push(
    {
      people: ["Marcus Lee"],
      date: ago(61),
      channel: "meeting",
      initiatedBy: "me",
      note: "Met at DevTools Summit; he is hiring a designer.",
    },
    { people: ["Marcus Lee"], date: ago(40), channel: "video", initiatedBy: "them", note: "Walked through Lumen's roadmap." },
    {
      people: ["Marcus Lee", "Aisha Karim"],
      date: ago(16),
      channel: "video",
      initiatedBy: "me",
      note: "Introduced Aisha; good chemistry.",
    },
  );
  interactions.push(
    { people: ["Sofia Alvarez"], date: ago(75), channel: "email", initiatedBy: "them", note: "She asked whether I am open to roles." },
    {
      people: ["Sofia Alvarez"],
      date: ago(9),
      channel: "call",
      initiatedBy: "them",
      note: "A staff role at Globex; she will send details.",
    },
    {
      people: ["Daniel Okafor"],
      date: ago(258),
      channel: "meeting",
      initiatedBy: "me",
      note: "Chamber of commerce mixer; angel in climate tech.",
    },
    { people: ["Daniel Okafor"], date: ago(256), channel: "email", initiatedBy: "me", note: "Thanks-for-meeting note." },
    { people: ["Grace Kim"], date: ago(33), channel: "message", initiatedBy: "them", note: "Asked for podcast recommendations." },
    { people: ["Grace Kim"], date: ago(150), channel: "meeting", initiatedBy: "me", note: "Product meetup." },
    { people: ["Omar Haddad"], date: ago(24), channel: "call", initiatedBy: "me", note: "Catch-up; he moved to Initech." },
    { people: ["Aisha Karim"], date: ago(45), channel: "meeting", initiatedBy: "them", note: "Portfolio review over coffee." },
  );

  return {
    people: [
      {
        name: "Priya Raman",
        company: "Northwind",
        title: "VP Engineering",
        emails: ["priya@northwind.example"],
        tags: ["former-colleague", "engineering"],
        met: "worked together at Contoso",
        metOn: ago(1500),
        cadenceDays: 30,
        note: "Loves trail running. Wants to build the best SRE team in fintech.",
        needs: ["senior SRE candidates"],
        offers: ["intros to fintech CTOs", "engineering leadership advice"],
      },
      {
        name: "Hannah Becker",
        company: "Independent",
        title: "Leadership coach",
        tags: ["mentor"],
        met: "her workshop in Berlin",
        cadenceDays: 60,
        birthday: birthdayIn(40),
        needs: ["new coaching clients"],
        offers: ["leadership coaching for managers"],
      },
      {
        name: "Tom Nguyen",
        company: "Fabrikam",
        title: "Operations Director",
        emails: ["tom@fabrikam.example"],
        tags: ["client"],
        cadenceDays: 14,
        needs: ["a leadership coach for his ops managers"],
        offers: ["a testimonial", "operations benchmarks"],
      },
      {
        name: "Marcus Lee",
        company: "Lumen Health",
        title: "Founder",
        tags: ["founder", "health"],
        met: "DevTools Summit",
        cadenceDays: 30,
        needs: ["a product designer", "seed investors for health tech"],
        offers: ["early access to Lumen Health"],
      },
      {
        name: "Sofia Alvarez",
        company: "Globex",
        title: "Technical recruiter",
        emails: ["sofia@globex.example"],
        tags: ["recruiter"],
        needs: ["senior engineers open to a move"],
        offers: ["SRE candidates", "salary benchmarks"],
      },
      {
        name: "Daniel Okafor",
        title: "Angel investor",
        tags: ["investor", "climate"],
        met: "chamber of commerce mixer",
        cadenceDays: 90,
        offers: ["seed investment in climate and health tech"],
        needs: ["founders to back"],
      },
      { name: "Grace Kim", company: "Initech", title: "Product lead", tags: ["product"], birthday: birthdayIn(3) },
      { name: "Omar Haddad", company: "Initech", title: "Engineering manager", tags: ["engineering"], needs: ["senior engineers"] },
      {
        name: "Aisha Karim",
        title: "Product designer",
        tags: ["design"],
        met: "Dribbble meetup",
        offers: ["product design"],
        needs: ["a health-tech product to work on"],
      },
      { name: "Leo Martin", company: "Contoso", title: "Account executive", tags: ["linkedin"], metOn: ago(400) },
    ],
    interactions,
    ledger: [
      { person: "Priya Raman", direction: "gave", what: "referred a senior SRE candidate", size: "large", date: ago(100) },
      { person: "Priya Raman", direction: "got", what: "reference call for my last job", size: "large", date: ago(300) },
      { person: "Priya Raman", direction: "gave", what: "reviewed her conference talk", size: "medium", date: ago(42) },
      { person: "Priya Raman", direction: "got", what: "intro to Northwind's CTO", size: "medium", date: ago(200) },
      { person: "Tom Nguyen", direction: "got", what: "testimonial for my site", size: "small", date: ago(60) },
      { person: "Grace Kim", direction: "gave", what: "sent three podcast picks", size: "small", date: ago(32) },
      { person: "Sofia Alvarez", direction: "got", what: "salary benchmarks for staff roles", size: "medium", date: ago(9) },
      { person: "Hannah Becker", direction: "got", what: "coaching on negotiation", size: "large", date: ago(220) },
      { person: "Hannah Becker", direction: "gave", what: "introduced her to two clients", size: "medium", date: ago(250) },
    ],
    asks: [{ person: "Omar Haddad", what: "a referral for the Initech platform role", size: "medium", date: ago(10) }],
    intros: [{ a: "Marcus Lee", b: "Aisha Karim", why: "Marcus is hiring a designer; Aisha wants a health-tech product", date: ago(16) }],
    followUps: [
      { person: "Daniel Okafor", due: ago(3), note: "send him the climate deck" },
      { person: "Sofia Alvarez", due: today, note: "reply about the Globex role" },
      { person: "Marcus Lee", due: addDays(today, 4), note: "share the hiring doc template" },
      { person: "Tom Nguyen", due: addDays(today, 6), note: "renewal proposal" },
    ],
    me: { needs: ["intros to fintech CTOs", "a seed investor"], offers: ["product strategy", "reviews of SRE hiring plans"] },
  };
}
