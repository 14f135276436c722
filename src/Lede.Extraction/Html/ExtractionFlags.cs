namespace Lede.Extraction.Html;

/// <summary>Readability's strictness switches; dropped one by one when an attempt finds too little text.</summary>
[Flags]
internal enum ExtractionFlags
{
    None = 0,
    /// <summary>Leave out subtrees whose class/id say menu, sidebar, comments... before scoring.</summary>
    StripUnlikely = 1,
    /// <summary>Add or subtract the class/id weight to candidate scores.</summary>
    WeightClasses = 2,
    /// <summary>Drop link-heavy, form-heavy or image-heavy blocks inside the chosen content.</summary>
    CleanConditionally = 4,
    All = StripUnlikely | WeightClasses | CleanConditionally,
}
