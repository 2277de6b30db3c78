namespace SegmentationKit.Profiling.Playbook;

/// <summary>One play of a <see cref="Playbook"/>: the situation it fits and what to do.</summary>
/// <param name="Id">Stable id, e.g. "win_back_high_value"; a user play with the same id replaces it.</param>
/// <param name="Name">The play in a few words ("Win back high-value accounts").</param>
/// <param name="When">The situation it fits.</param>
/// <param name="Actions">What to do, most important first.</param>
/// <param name="MinTouch">The least coverage the play calls for (High, Mid or Low touch), or null.
/// When the coverage model puts most of the segment below it, the report says so.</param>
public sealed record Play(string Id, LocalisedText Name, PlayCondition When, IReadOnlyList<LocalisedText> Actions, string? MinTouch = null);
