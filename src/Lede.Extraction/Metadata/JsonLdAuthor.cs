namespace Lede.Extraction.Metadata;

/// <summary>One JSON-LD author: a person, or an organisation credited as author (a wire agency, the newsroom).</summary>
internal sealed record JsonLdAuthor(string Name, string? Url, bool IsOrganization);
