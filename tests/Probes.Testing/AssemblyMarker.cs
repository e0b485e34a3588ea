namespace Probes.Testing;
internal static class AssemblyMarker;
