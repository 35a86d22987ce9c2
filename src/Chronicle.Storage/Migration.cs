namespace Chronicle.Storage;

/// <summary>One step of the schema, applied once, in version order, in its own transaction.</summary>
/// <param name="Version">The schema version after this step.</param>
/// <param name="Description">What it adds.</param>
/// <param name="Sql">The statements.</param>
public sealed record Migration(int Version, string Description, string Sql);
