global using Orleans;
global using Orleans.Runtime;
global using Probes.Contracts;
