using Lede.Extraction.Model;

namespace Lede.Extraction.Text;

/// <summary>The people and the wire agency a byline names. <see cref="Agency"/> is the agency's full name ("Associated Press").</summary>
public sealed record Byline(IReadOnlyList<Person> Authors, string? Agency);
