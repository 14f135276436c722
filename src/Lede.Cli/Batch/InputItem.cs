namespace Lede.Cli.Batch;

/// <summary>How an input reaches Lede.</summary>
public enum InputKind { File, Stdin, Url, Missing }

/// <summary>One input of a batch: <see cref="Source"/> is the path or URL as found, written to <c>source</c>.</summary>
public sealed record InputItem(string Source, InputKind Kind);
