/** How a conversation happened. */
export type ChannelName = "meeting" | "video" | "call" | "email" | "message" | "social";
/** Who started a conversation. */
export type Initiator = "me" | "them";

// The ways a conversation happens, richest first: a meeting builds more than a call, a call more than an e-mail.
export const CHANNELS: readonly ChannelName[] = ["meeting", "video", "call", "email", "message", "social"];

export const CHANNEL_LABELS: Readonly<Record<ChannelName, string>> = {
  meeting: "in person",
  video: "video call",
  call: "call",
  email: "email",
  message: "message",
  social: "social",
};

const ALIASES: Readonly<Record<string, ChannelName>> = {
  "in-person": "meeting",
  "in person": "meeting",
  inperson: "meeting",
  person: "meeting",
  met: "meeting",
  coffee: "meeting",
  lunch: "meeting",
  dinner: "meeting",
  zoom: "video",
  meet: "video",
  facetime: "video",
  phone: "call",
  voice: "call",
  mail: "email",
  "e-mail": "email",
  text: "message",
  sms: "message",
  chat: "message",
  dm: "message",
  whatsapp: "message",
  slack: "message",
  linkedin: "social",
  like: "social",
  comment: "social",
};

/** A channel from what the user typed ("zoom" → video), or null. */
export function parseChannel(input: string): ChannelName | null {
  const text = input.trim().toLowerCase();
  if ((CHANNELS as readonly string[]).includes(text)) return text as ChannelName;
  return ALIASES[text] ?? null;
}

/** A conversation through each channel, as a sentence says it ("Logged a call with Ana"). */
export const CONVERSATION: Readonly<Record<ChannelName, string>> = {
  meeting: "a meeting in person",
  video: "a video call",
  call: "a call",
  email: "an email",
  message: "a message",
  social: "a social-media exchange",
};

/** How much one conversation through each channel builds a relationship (docs/depth.md shows these). */
export const CHANNEL_WEIGHT: Readonly<Record<ChannelName, number>> = {
  meeting: 1,
  video: 0.8,
  call: 0.6,
  email: 0.4,
  message: 0.3,
  social: 0.1,
};
