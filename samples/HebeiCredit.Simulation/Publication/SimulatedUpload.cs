using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Simulation.Publication;

/// <summary>One file of the simulated province for inbox/{kind}/{unit}/{file}: its exact bytes.</summary>
public sealed record SimulatedUpload(UploadKind Kind, string Unit, string File, byte[] Content);
