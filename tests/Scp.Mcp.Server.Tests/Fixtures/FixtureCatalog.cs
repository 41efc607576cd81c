using Scp.Sdk.Catalog;

namespace Scp.Mcp.Server.Tests.Fixtures;

/// <summary>
/// A small catalogue shaped like the captured specs: File Storage 1.1 (list with offset/limit paging, show, 202
/// create whose body $refs nested components with arrays and nullable fields, PUT, DELETE, a non-object
/// response), a deprecated 1.0 operation, and Backup 1.1 (page/size paging, a curated destructive POST, a hidden op).
/// </summary>
internal static class FixtureCatalog
{
    public const string FileComponents = """
    {
      "VolumeCreateRequest": {
        "type": "object",
        "required": ["name", "protocol"],
        "properties": {
          "name": { "type": "string", "description": "Volume name", "pattern": "^[a-z][a-z0-9_]{2,20}$", "minLength": 3, "maxLength": 21 },
          "protocol": { "type": "string", "enum": ["NFS", "CIFS"], "description": "Protocol" },
          "size_gb": { "type": "integer", "minimum": 1, "maximum": 1024 },
          "cifs_password": { "type": ["string", "null"], "description": "CIFS password" },
          "tags": { "type": "array", "items": { "$ref": "#/components/schemas/Tag" } },
          "snapshot_policy": { "anyOf": [{ "$ref": "#/components/schemas/SnapshotPolicy" }, { "type": "null" }] }
        }
      },
      "Tag": {
        "type": "object",
        "required": ["key"],
        "properties": { "key": { "type": "string", "minLength": 1 }, "value": { "type": ["string", "null"] } }
      },
      "SnapshotPolicy": {
        "type": "object",
        "properties": { "retention_days": { "type": "integer", "minimum": 1 }, "schedule": { "$ref": "#/components/schemas/Schedule" } }
      },
      "Schedule": {
        "type": "object",
        "properties": { "frequency": { "type": "string", "enum": ["DAILY", "WEEKLY"] }, "hour": { "type": "integer", "minimum": 0, "maximum": 23 } }
      },
      "VolumeShowResponse": {
        "type": "object",
        "required": ["id", "name", "state"],
        "properties": {
          "id": { "type": "string" },
          "name": { "type": "string" },
          "state": { "type": "string", "description": "CREATING, AVAILABLE, DELETING" },
          "created_at": { "type": ["string", "null"], "format": "date-time" },
          "replica_tree": { "$ref": "#/components/schemas/ReplicaNode" }
        }
      },
      "ReplicaNode": {
        "type": "object",
        "properties": { "id": { "type": "string" }, "children": { "type": "array", "items": { "$ref": "#/components/schemas/ReplicaNode" } } }
      },
      "VolumeListResponse": {
        "type": "object",
        "properties": { "count": { "type": "integer" }, "volumes": { "type": "array", "items": { "$ref": "#/components/schemas/VolumeShowResponse" } } }
      },
      "VolumeUpdateRequest": {
        "type": "object",
        "properties": { "description": { "type": ["string", "null"], "maxLength": 50 } }
      },
      "AsyncResponse": {
        "type": "object",
        "properties": { "request_id": { "type": "string" }, "resource_id": { "type": "string" } }
      },
      "Unused": { "type": "object", "properties": { "x": { "type": "string" } } }
    }
    """;

    public const string BackupComponents = """
    {
      "BackupListResponse": {
        "type": "object",
        "properties": { "count": { "type": "integer" }, "backups": { "type": "array", "items": { "type": "object" } } }
      }
    }
    """;

    public static readonly ScpApiDescriptor File11 = Api("filestorage", "1.1", "File Storage", "file", true, FileComponents);
    public static readonly ScpApiDescriptor File10 = Api("filestorage", "1.0", "File Storage", "file", false, FileComponents);
    public static readonly ScpApiDescriptor Backup11 = Api("backup", "1.1", "Backup", "backup", true, BackupComponents);

    private const string VolumeId = """{ "type": "string", "pattern": "^[0-9a-f]{32}$" }""";

    private static readonly ScpOperationDescriptor ShowVolume11 =
        Op(File11, "ShowVolume", "file_show_volume", "Show volume", "볼륨을 조회한다.", "GET", "/v1/volumes/{volume_id}", ScpSafety.Read,
            [Path("volume_id", VolumeId, "Volume ID")], responses: [Ok(200, "#/components/schemas/VolumeShowResponse"), NotFound()]);

    public static readonly IReadOnlyList<ScpOperationDescriptor> Operations =
    [
        Op(File11, "ListVolumes", "file_list_volumes", "List volumes", "파일 스토리지 볼륨 목록을 조회한다.", "GET", "/v1/volumes", ScpSafety.Read,
            [Query("offset", """{ "type": "integer", "minimum": 0, "default": 0 }""", "Offset"),
             Query("limit", """{ "type": "integer", "minimum": 1, "maximum": 100, "default": 20 }""", "Limit"),
             Query("name", """{ "type": "string" }""", "Volume name filter")],
            responses: [Ok(200, "#/components/schemas/VolumeListResponse")]),
        ShowVolume11,
        Op(File11, "CreateVolume", "file_create_volume", "Create volume", "볼륨을 생성한다.", "POST", "/v1/volumes", ScpSafety.Write,
            [], body: """{ "$ref": "#/components/schemas/VolumeCreateRequest" }""",
            responses: [Ok(202, "#/components/schemas/AsyncResponse"), new ScpResponseDescriptor { StatusCode = 400, Description = "Bad Request" }],
            lifecycle: new ScpOperationLifecycle
            {
                StatusOperation = ShowVolume11,
                Arguments = [new ScpLifecycleArgument { Name = "volume_id", FromAnswer = true, Path = "resource_id" }],
                StatePath = "state",
                TransitionalStates = ["CREATING", "DELETING", "EDITING"],
                FailureStates = ["ERROR"],
            }),
        Op(File11, "SetVolume", "file_update_volume", "Update volume", "볼륨 설명을 수정한다.", "PUT", "/v1/volumes/{volume_id}", ScpSafety.Write,
            [Path("volume_id", VolumeId, "Volume ID")], body: """{ "$ref": "#/components/schemas/VolumeUpdateRequest" }""",
            responses: [Ok(200, "#/components/schemas/VolumeShowResponse")]),
        Op(File11, "DeleteVolume", "file_delete_volume", "Delete volume", "볼륨을 삭제한다.", "DELETE", "/v1/volumes/{volume_id}", ScpSafety.Destructive,
            [Path("volume_id", VolumeId, "Volume ID")], responses: [new ScpResponseDescriptor { StatusCode = 204, Description = "No Content" }]),
        Op(File11, "ListVolumeNames", "file_list_volume_names", "List volume names", "볼륨 이름 목록을 조회한다.", "GET", "/v1/volume-names", ScpSafety.Read,
            [Header("X-Trace", """{ "type": "string" }""", "Trace header")],
            responses: [new ScpResponseDescriptor { StatusCode = 200, Description = "OK", SchemaJson = """{ "type": "array", "items": { "type": "string" } }""" }]),
        Op(File10, "ShowVolume", "file_show_volume", "Show volume", "볼륨을 조회한다.", "GET", "/v1/volumes/{volume_id}", ScpSafety.Read,
            [Path("volume_id", VolumeId, "Volume ID")], responses: [Ok(200, "#/components/schemas/VolumeShowResponse")],
            current: false, deprecated: true),
        Op(Backup11, "ListBackups", "backup_list_backups", "List backups", "List backups.", "GET", "/v1/backups", ScpSafety.Read,
            [Query("page", """{ "type": "integer", "minimum": 0 }""", "Page"), Query("size", """{ "type": "integer", "minimum": 1 }""", "Size"),
             Query("sort", """{ "type": "string" }""", "Sort")],
            responses: [Ok(200, "#/components/schemas/BackupListResponse")]),
        Op(Backup11, "CancelBackup", "backup_cancel_backup", "Cancel backup", "Cancel a running backup.", "POST", "/v1/backups/{backup_id}/cancel",
            ScpSafety.Destructive, [Path("backup_id", """{ "type": "string" }""", "Backup ID")],
            responses: [new ScpResponseDescriptor { StatusCode = 200, Description = "OK" }],
            safetyReason: "Cancels a running backup; its partial data is discarded"),
        Op(Backup11, "ShowBackupAgentInternal", "backup_show_agent_internal", "Show agent internals", "Internal.", "GET", "/v1/agents/{agent_id}",
            ScpSafety.Read, [Path("agent_id", """{ "type": "string" }""", "Agent")], responses: [], hidden: true),
    ];

    public static ScpOperationDescriptor Get(string toolName, bool current = true)
        => Operations.Single(o => o.ToolName == toolName && o.IsCurrent == current);

    private static ScpApiDescriptor Api(string product, string version, string service, string prefix, bool current, string components) => new()
    {
        Product = product,
        Version = version,
        ServiceName = service,
        ToolPrefix = prefix,
        IsCurrentVersion = current,
        SupportedUntil = current ? null : "2025-12-31",
        ServerUrlTemplate = $"https://{product}.{{region}}.{{environment}}.samsungsdscloud.com",
        Regions = ["kr-west1", "kr-east1"],
        Environments = ["s", "g", "e"],
        ComponentsJson = components,
        SpecPath = $"specs/{product}/{version}.json",
    };

    private static ScpOperationDescriptor Op(
        ScpApiDescriptor api, string operationId, string tool, string title, string description, string method, string path, ScpSafety safety,
        IReadOnlyList<ScpParameterDescriptor> parameters, string? body = null, IReadOnlyList<ScpResponseDescriptor>? responses = null,
        bool current = true, bool deprecated = false, bool hidden = false, string? safetyReason = null, ScpOperationLifecycle? lifecycle = null) => new()
    {
        Api = api,
        OperationId = operationId,
        ToolName = tool,
        Title = title,
        Summary = operationId,
        Description = description,
        Method = method,
        PathTemplate = path,
        Parameters = parameters,
        BodySchemaJson = body,
        BodyRequired = body is not null,
        Responses = responses ?? [],
        Safety = safety,
        SafetyReason = safetyReason,
        IsCurrent = current,
        Deprecated = deprecated,
        SupportedUntil = deprecated ? "2025-12-31" : null,
        Hidden = hidden,
        SuccessStatusCode = responses?.Where(r => r.StatusCode is >= 200 and < 300).OrderBy(r => r.SchemaJson is null).ThenBy(r => r.StatusCode).Select(r => (int?)r.StatusCode).FirstOrDefault(),
        Lifecycle = lifecycle,
    };

    private static ScpParameterDescriptor Path(string name, string schema, string description)
        => new() { Name = name, Location = ScpParameterLocation.Path, Required = true, SchemaJson = schema, Description = description };

    private static ScpParameterDescriptor Query(string name, string schema, string description)
        => new() { Name = name, Location = ScpParameterLocation.Query, Required = false, SchemaJson = schema, Description = description };

    private static ScpParameterDescriptor Header(string name, string schema, string description)
        => new() { Name = name, Location = ScpParameterLocation.Header, Required = false, SchemaJson = schema, Description = description };

    private static ScpResponseDescriptor Ok(int status, string reference)
        => new() { StatusCode = status, Description = status == 202 ? "Accepted" : "OK", SchemaJson = $$"""{ "$ref": "{{reference}}" }""" };

    private static ScpResponseDescriptor NotFound() => new() { StatusCode = 404, Description = "Not Found" };
}
