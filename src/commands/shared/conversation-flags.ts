import type { ChannelName } from "../../domain/channels.js";
import { CHANNELS, parseChannel } from "../../domain/channels.js";
import { usageError } from "../../errors.js";
import { dayFrom } from "./date-flags.js";

// The flags of a conversation that net log and net edit c12 share: how it happened and when.

/** --via: a channel by any of its names (zoom, coffee…). */
export function channelFlag(input: string): ChannelName {
  const channel = parseChannel(input);
  if (!channel) throw usageError(`--via "${input}" is not a channel`, `Use one of ${CHANNELS.join(", ")}.`);
  return channel;
}

/** --on: the day a conversation happened, never in the future. */
export function conversationDayFlag(input: string, today: string): string {
  const day = dayFrom(input, today, "past", "--on");
  if (day > today)
    throw usageError(
      `--on "${input}" is ${day}, in the future; log a conversation once it has happened`,
      `To plan one, set a follow-up: net follow-up NAME ${input}.`,
    );
  return day;
}
