namespace Lede.Cli.Batch;

/// <summary>
/// How an input reaches Lede. <see cref="Empty"/> is a zero-byte file found by a directory walk: it is never opened,
/// because pipes and devices also report zero bytes and opening one would wait forever.
/// </summary>
public enum InputKind { File, Stdin, Url, Missing, Empty }

/// <summary>One input of a batch: <see cref="Source"/> is the path or URL as found, written to <c>source</c>.</summary>
public sealed record InputItem(string Source, InputKind Kind);
