using HebeiCredit.Auditing.Sites.Columns;
using HebeiCredit.Auditing.Sites.Pages;

namespace HebeiCredit.Auditing.Sites.Audit;

/// <summary>The home page read once: the key columns found in its navigation, and its own reading for the audit.</summary>
public sealed record HomeReading(IReadOnlyList<ColumnDetection> Columns, ListPage Reading);
