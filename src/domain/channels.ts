import type { ChannelName } from "../db/schema.js";

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
  "in-person": "meeting", "in person": "meeting", inperson: "meeting", person: "meeting", met: "meeting",
  coffee: "meeting", lunch: "meeting", dinner: "meeting",
  zoom: "video", meet: "video", facetime: "video",
  phone: "call", voice: "call",
  mail: "email", "e-mail": "email",
  text: "message", sms: "message", chat: "message", dm: "message", whatsapp: "message", slack: "message",
  linkedin: "social", like: "social", comment: "social",
};

/** A channel from what the user typed ("zoom" → video), or null. */
export function parseChannel(input: string): ChannelName | null {
  const text = input.trim().toLowerCase();
  if ((CHANNELS as readonly string[]).includes(text)) return text as ChannelName;
  return ALIASES[text] ?? null;
}
