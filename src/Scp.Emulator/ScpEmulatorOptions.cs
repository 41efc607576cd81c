using Microsoft.Extensions.Logging;
using Scp.Sdk.Catalog;

namespace Scp.Emulator;

/// <summary>Configuration of an emulator instance.</summary>
public sealed class ScpEmulatorOptions
{
    /// <summary>Listen URL; port 0 picks a free port (the bound address is <see cref="ScpEmulatorHost.BaseUrl"/>).</summary>
    public string Url { get; set; } = "http://127.0.0.1:0";

    /// <summary>Key pairs accepted; empty means <see cref="ScpEmulatorKeyPair.Default"/> only.</summary>
    public IList<ScpEmulatorKeyPair> KeyPairs { get; } = new List<ScpEmulatorKeyPair>();

    /// <summary>Operations to emulate; null means every operation of <see cref="ScpCatalog.Operations"/>.</summary>
    public IReadOnlyList<ScpOperationDescriptor>? Operations { get; set; }

    /// <summary>Time an asynchronous operation spends in its transitional state (CREATING, DELETING, ...).</summary>
    public TimeSpan AsyncDelay { get; set; } = ScpEmulatorDefaults.AsyncDelay;

    /// <summary>How far <c>Scp-Timestamp</c> may be from the emulator's clock.</summary>
    public TimeSpan TimestampTolerance { get; set; } = ScpEmulatorDefaults.TimestampTolerance;

    /// <summary>When set, resources are kept in this JSON file so a demo survives a restart; null keeps them in memory.</summary>
    public string? StoreFilePath { get; set; }

    /// <summary>Faults to inject, for reliability tests.</summary>
    public IList<ScpEmulatorFaultRule> Faults { get; } = new List<ScpEmulatorFaultRule>();

    /// <summary>Seed of the fault injector's random draws; null for a random seed.</summary>
    public int? FaultSeed { get; set; }

    /// <summary>
    /// When set, drift mode with this seed: success answers drift from the docs the way real services do (the docs'
    /// examples verbatim, fields left out or null, unknown fields, undocumented enum values), deterministically for the
    /// seed and the sequence of requests. Null (the default) answers within the published schemas.
    /// </summary>
    public int? DriftSeed { get; set; }

    /// <summary>
    /// When set, every success body the emulator sends is appended to this file as one JSON line
    /// <c>{"operation": "&lt;tool name&gt;", "body": …}</c>, so a test can check that nothing it sent was lost on the way.
    /// </summary>
    public string? AnswerLogPath { get; set; }

    /// <summary>Clock used for timestamps, signature freshness and state transitions.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>
    /// Configures logging of the emulator's web host. By default the emulator logs nothing, so an embedding
    /// stdio server's output stays clean.
    /// </summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; set; }

    internal IReadOnlyList<ScpEmulatorKeyPair> EffectiveKeyPairs =>
        KeyPairs.Count == 0 ? [ScpEmulatorKeyPair.Default] : KeyPairs.ToArray();
}
