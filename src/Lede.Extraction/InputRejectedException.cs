namespace Lede.Extraction;

/// <summary>An input that cannot be read as a page (too large, a gzip bomb, binary data). The message is for people.</summary>
public sealed class InputRejectedException(string message, Exception? inner = null) : Exception(message, inner);
