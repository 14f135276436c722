namespace Lede.Corpus.Storage;

/// <summary>
/// How the duplicate detector's and story clusterer's saved states write an optional date: a presence flag, the UTC
/// ticks and the offset in minutes, so a restored article keeps the offset its page gave, not only the instant.
/// </summary>
internal static class StateDateEncoding
{
    public static void WriteOptionalDate(this BinaryWriter w, DateTimeOffset? date)
    {
        w.Write(date.HasValue);
        if (date is not { } d) return;
        w.Write(d.UtcTicks);
        w.Write((short)d.Offset.TotalMinutes);
    }

    public static DateTimeOffset? ReadOptionalDate(this BinaryReader r)
    {
        if (!r.ReadBoolean()) return null;
        var ticks = r.ReadInt64();
        var offset = TimeSpan.FromMinutes(r.ReadInt16());
        return new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(offset);
    }
}
