using System.Globalization;

namespace Lede.Corpus.Ingest;

/// <summary>Reads an article's ISO 8601 datePublished; a date without a time or offset is taken as UTC.</summary>
internal static class PublicationDate
{
    public static DateTimeOffset? Parse(string? iso) =>
        iso is not null && DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;
}
