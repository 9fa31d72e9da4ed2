namespace HebeiCredit.Simulation.Portals;

/// <summary>One article in a column list; its detail page lives at /{column slug}/{Slug}.html.</summary>
public sealed record PortalItem(string Title, DateOnly Date, string Slug);
