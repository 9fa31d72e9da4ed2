namespace HebeiCredit.Simulation.Portals;

/// <summary>A column of a simulated portal: its catalog id, the name the portal shows, its URL slug and its articles (newest first).</summary>
public sealed record PortalColumn(string Id, string Name, string Slug, ColumnState State, IReadOnlyList<PortalItem> Items);
