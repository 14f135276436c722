namespace Lede.Corpus.Stories;

/// <summary>
/// Where an added article went: <paramref name="IsNewStory"/> when it started a story of its own;
/// <paramref name="Score"/> is the evidence that won (0 for a new story, 1 for a known duplicate).
/// </summary>
public sealed record StoryAssignment(string DocId, string StoryId, bool IsNewStory, double Score);
