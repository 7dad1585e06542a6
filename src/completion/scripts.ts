// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are shell code, whose ${…} is the shell's
// The shell scripts tab writes, repaired so that a name with a space or an apostrophe completes as one word.
// bash: tab's script evals the words unquoted (a typed quote breaks it) and lets compgen -W expand the candidates (an
// apostrophe vanishes, a space splits): each word goes to net quoted (@Q), and each candidate comes back quoted (%q),
// already filtered by net. zsh: tab's script splits the words on the line again at every space (Ana\ O became "Ana\"
// and "O"): they are kept as zsh split them; tab's _describe -Q inserts a candidate unquoted (without -Q, zsh quotes
// it); and zsh would keep only candidates that start with the word exactly, where net has matched them whatever the
// case and accents (chlo finds Chloé): -U takes net's. fish quotes candidates itself.

const BASH_REQUEST = 'requestComp="net complete -- ${words[@]:1}"';
const BASH_REPLY = 'COMPREPLY=( $(compgen -W "${completions[*]}" -- "$cur") )';
const ZSH_WORDS = 'words=( "${=words[1,CURRENT]}" )';
const ZSH_DESCRIBE = '_describe $keepOrder "completions" completions -Q ${flagPrefix}';

/** tab's script for shell, repaired; throws if tab's script changed under a repair, so a test notices. */
export function completionScript(shell: string, tabScript: string): string {
  if (shell === "bash")
    return repair(
      repair(tabScript, BASH_REQUEST, 'local typed=("${words[@]:1}")\n    requestComp="net complete -- ${typed[*]@Q}"'),
      BASH_REPLY,
      'COMPREPLY=()\n    local c\n    for c in "${completions[@]}"; do [[ -n $c ]] && COMPREPLY+=("$(printf %q "$c")"); done',
    );
  if (shell === "zsh")
    return repair(
      repair(tabScript, ZSH_WORDS, 'words=( "${(@)words[1,CURRENT]}" )'),
      ZSH_DESCRIBE,
      '_describe $keepOrder "completions" completions -U ${flagPrefix}',
    );
  return tabScript;
}

function repair(script: string, from: string, to: string): string {
  if (!script.includes(from)) throw new Error(`the completion script of @bomb.sh/tab changed: no "${from}"`);
  return script.replace(from, () => to);
}

/**
 * A word as the shell would read it: quotes and backslashes removed. bash and zsh send the words as typed, so a name
 * being typed may still have its opening quote ('Ana L); fish sends them read already.
 */
export function unquoted(word: string): string {
  let out = "";
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (quote === "'") {
      if (ch === "'") quote = null;
      else out += ch;
    } else if (ch === "\\" && i + 1 < word.length && (quote === null || '"\\$`'.includes(word[i + 1]!))) {
      out += word[++i];
    } else if (quote === '"' && ch === '"') quote = null;
    else if (quote === null && (ch === "'" || ch === '"')) quote = ch;
    else out += ch;
  }
  return out;
}
