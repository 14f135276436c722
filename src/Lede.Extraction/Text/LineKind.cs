namespace Lede.Extraction.Text;

/// <summary>What a line of flattened text is, judged from its own shape.</summary>
internal enum LineKind
{
    /// <summary>A sentence-shaped paragraph: long, punctuated, mostly lower-case words.</summary>
    Prose,
    /// <summary>A short line that does not end a sentence: a heading, a label or a menu item.</summary>
    Short,
    /// <summary>A line of links: breadcrumbs, menus, tag lists ("Home › World › Europe").</summary>
    Navigation,
    /// <summary>Copyright, share, newsletter and cookie prompts: never story.</summary>
    Furniture,
    /// <summary>A photo caption or photo credit.</summary>
    Caption,
    /// <summary>A byline: "By Jane Roe", "JANE ROE, Associated Press".</summary>
    Byline,
    /// <summary>A date or "Published/Updated" stamp.</summary>
    DateStamp,
}
