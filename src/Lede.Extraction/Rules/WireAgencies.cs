using System.Collections.Frozen;

namespace Lede.Extraction.Rules;

/// <summary>A news agency whose copy newspapers reprint: its full name and the short forms bylines and datelines use.</summary>
internal sealed record WireAgency(string Name, string Abbreviation, string[] Aliases);

/// <summary>Wire agencies, by every name they sign with. Stories credited to them are wire copy, and the agency is never a person.</summary>
internal static class WireAgencies
{
    public static readonly WireAgency[] All =
    [
        new("Associated Press", "AP", ["The Associated Press", "Associated Press", "AP", "A.P.", "AP Staff"]),
        new("Reuters", "Reuters", ["Reuters", "Thomson Reuters", "Reuters Staff"]),
        new("Agence France-Presse", "AFP", ["AFP", "Agence France-Presse", "Agence France Presse", "AFP Staff"]),
        new("Deutsche Presse-Agentur", "dpa", ["dpa", "DPA", "Deutsche Presse-Agentur", "dpa-AFX"]),
        new("United Press International", "UPI", ["UPI", "United Press International"]),
        new("PA Media", "PA", ["PA", "PA Media", "Press Association", "The Press Association", "PA Wire"]),
        new("The Canadian Press", "CP", ["The Canadian Press", "Canadian Press", "CP"]),
        new("ANSA", "ANSA", ["ANSA", "Agenzia Nazionale Stampa Associata"]),
        new("EFE", "EFE", ["EFE", "Agencia EFE"]),
        new("Kyodo News", "Kyodo", ["Kyodo", "Kyodo News"]),
        new("Xinhua", "Xinhua", ["Xinhua", "Xinhua News Agency"]),
        new("Bloomberg", "Bloomberg", ["Bloomberg", "Bloomberg News"]),
        new("Australian Associated Press", "AAP", ["AAP", "Australian Associated Press"]),
        new("Press Trust of India", "PTI", ["PTI", "Press Trust of India"]),
        new("Indo-Asian News Service", "IANS", ["IANS", "Indo-Asian News Service"]),
        new("Yonhap", "Yonhap", ["Yonhap", "Yonhap News Agency"]),
        new("Jiji Press", "Jiji", ["Jiji", "Jiji Press"]),
        new("TASS", "TASS", ["TASS", "ITAR-TASS"]),
        new("Interfax", "Interfax", ["Interfax"]),
        new("Anadolu Agency", "AA", ["Anadolu", "Anadolu Agency"]),
        new("Agence Belga", "Belga", ["Belga"]),
        new("Austria Presse Agentur", "APA", ["APA", "Austria Presse Agentur"]),
        new("Keystone-SDA", "SDA", ["SDA", "Keystone-SDA", "sda"]),
        new("Katholische Nachrichten-Agentur", "KNA", ["KNA"]),
        new("Evangelischer Pressedienst", "epd", ["epd"]),
        new("Sport-Informations-Dienst", "sid", ["sid", "SID"]),
        new("Europa Press", "Europa Press", ["Europa Press"]),
        new("Lusa", "Lusa", ["Lusa"]),
        new("Agra-Europe", "AgE", ["AgE", "Agra-Europe"]),
        new("Polska Agencja Prasowa", "PAP", ["PAP"]),
        new("Agenzia Giornalistica Italia", "AGI", ["AGI"]),
        new("Adnkronos", "Adnkronos", ["Adnkronos"]),
        new("Notimex", "Notimex", ["Notimex"]),
        new("Bernama", "Bernama", ["Bernama"]),
        new("Antara", "Antara", ["Antara"]),
        new("Ritzau", "Ritzau", ["Ritzau"]),
        new("NTB", "NTB", ["NTB"]),
        new("TT News Agency", "TT", ["TT"]),
        new("ANP", "ANP", ["ANP"]),
        new("CTK", "CTK", ["CTK", "ČTK"]),
        new("MTI", "MTI", ["MTI"]),
        new("Agencia Brasil", "ABr", ["Agência Brasil", "Agencia Brasil"]),
        new("Athens-Macedonian News Agency", "ANA-MPA", ["ANA-MPA", "AMNA"]),
    ];

    // Sign-offs that only one agency writes at the foot of its copy.
    // Reuters: "(Reporting by Jane Roe; Editing by John Doe)"; AP: "Associated Press writer Jane Roe contributed to this report."
    public static readonly (System.Text.RegularExpressions.Regex Pattern, string Agency)[] SignOffs =
    [
        (new(@"^\(?(?:additional )?(?:reporting|writing) by\b.{2,200}\b(?:editing|writing) by\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant), "Reuters"),
        (new(@"^(?:the )?associated press (?:writers?|reporters?|correspondents?)\b.{2,200}\bcontributed\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant), "Associated Press"),
    ];

    // Short all-caps forms ("AP", "PA", "CP", "TT") are common words or initials in other case,
    // so they match only as written; full names match in any case.
    private static readonly FrozenDictionary<string, WireAgency> ExactForms =
        All.SelectMany(a => a.Aliases.Where(IsCaseSensitive).Select(alias => (alias, a)))
           .DistinctBy(p => p.alias, StringComparer.Ordinal)
           .ToFrozenDictionary(p => p.alias, p => p.a, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, WireAgency> AnyCaseForms =
        All.SelectMany(a => a.Aliases.Where(x => !IsCaseSensitive(x)).Append(a.Name).Select(alias => (alias, a)))
           .DistinctBy(p => p.alias, StringComparer.OrdinalIgnoreCase)
           .ToFrozenDictionary(p => p.alias, p => p.a, StringComparer.OrdinalIgnoreCase);

    private static bool IsCaseSensitive(string alias) => alias.Length <= 4;

    /// <summary>The agency a whole string names ("AP", "The Associated Press", "Reuters"), or null.</summary>
    public static WireAgency? Find(ReadOnlySpan<char> text)
    {
        text = text.Trim().TrimEnd('.');
        if (text.Length == 0 || text.Length > 60) return null;
        var key = text.ToString();
        if (ExactForms.TryGetValue(key, out var agency)) return agency;
        if (AnyCaseForms.TryGetValue(key, out agency)) return agency;
        // "AP Staff", "Reuters staff": the agency signing for its newsroom.
        if (key.EndsWith(" staff", StringComparison.OrdinalIgnoreCase)) return Find(key.AsSpan(0, key.Length - 6));
        return null;
    }

    /// <summary>The agencies a dateline or credit names, possibly several ("dpa/AFP", "AP, Reuters").</summary>
    public static IReadOnlyList<WireAgency> FindAll(string text)
    {
        var found = new List<WireAgency>();
        foreach (var part in text.Split(['/', ',', '&', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var piece = part.StartsWith("and ", StringComparison.OrdinalIgnoreCase) ? part[4..] : part;
            if (Find(piece) is { } agency && !found.Contains(agency)) found.Add(agency);
        }
        return found;
    }
}
