namespace Lede.Analysis.Text;

/// <summary>A token of the text: [Start, End) in UTF-16 code units, and its characters.</summary>
public readonly record struct Token(int Start, int End, string Text)
{
    public int Length => End - Start;

    /// <summary>First character is an upper-case letter ("Gaza", "U.S.", "AP").</summary>
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>Has letters and none of them is lower-case ("NATO", "U.S.").</summary>
    public bool IsAllCaps
    {
        get
        {
            var letters = false;
            foreach (var c in Text)
            {
                if (char.IsLower(c)) return false;
                if (char.IsLetter(c)) letters = true;
            }
            return letters;
        }
    }

    /// <summary>No letter or digit: punctuation and symbols.</summary>
    public bool IsPunctuation
    {
        get
        {
            foreach (var c in Text)
                if (char.IsLetterOrDigit(c)) return false;
            return Text.Length > 0;
        }
    }
}
