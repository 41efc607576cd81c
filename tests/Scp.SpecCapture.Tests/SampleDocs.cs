namespace Scp.SpecCapture.Tests;

/// <summary>A small docs file in the seeds' format: one service, one operation in a CURRENT and a DEPRECATED version.</summary>
internal static class SampleDocs
{
    public const string Text = """
        이 섹션의 다중 페이지 출력 화면임. 여기를 클릭하여 프린트.
        Storage
        - 1: Sample Storage
        - 1.1: APIs
        - 1.1.1: Show Volume
        - 1.2: Models
        - 1.2.1: Volume
        - 1.2.2: Tag
        1 - Sample Storage
        Overview
        샘플 서비스 개요.
        Version
        | Version | Status | Supported Until |
        |---|---|---|
        | 1.0 | DEPRECATED | 20251231 |
        | 1.1 | CURRENT | - |
        OpenAPI URL
        https://sample-storage.{region}.{environment}.samsungsdscloud.com
        Environment and Region List
        | environment | region |
        |---|---|
        | s | kr-west1 |
        | e | kr-east1 |
        1.1 - APIs
        1.1.1 - Show Volume
        1.1.1.1 - 1.1
        get /v1/volumes/{volume_id}
        Description
        볼륨을 상세 조회한다.
        상태 ACTIVE (CURRENT)
        | 버전 | 최소 지원 보장일 |
        |---|---|
        | 1.1 | - |
        Parameters
        | Type | Name | Description | Schema | Default |
        |---|---|---|---|---|
        | path | volume_id required | 볼륨 id Example : abc | string | None |
        | query | size optional | 항목 수 Example : 20 | any of [integer, null] | 20 |
        Responses
        | HTTP Code | Description | Schema |
        |---|---|---|
        | 200 | OK | Volume |
        | 404 | Not Found | None |
        Example HTTP request
        Request path
        /v1/volumes/{volume_id}
        Request header
        "Scp-Accesskey = 2sd2gg=2agbdSD26svcD",
        "Scp-Api-Version = sample-storage 1.1"
        Example HTTP response
        Response 200
        {
        "id": "abc",
        "tags": []
        }
        1.1.1.2 - 1.0
        get /v1/volumes/{volume_id}
        Description
        볼륨을 상세 조회한다.
        상태 ACTIVE (DEPRECATED)
        | 버전 | 최소 지원 보장일 |
        |---|---|
        | 1.0 | 20251231 |
        Parameters
        | Type | Name | Description | Schema | Default |
        |---|---|---|---|---|
        | path | volume_id required | 볼륨 id Example : abc | string | None |
        Responses
        | HTTP Code | Description | Schema |
        |---|---|---|
        | 200 | OK | Volume |
        Example HTTP request
        Request path
        /v1/volumes/{volume_id}
        Request header
        "Scp-Api-Version = sample-storage 1.0"
        Example HTTP response
        Response 200
        1.2 - Models
        1.2.1 - Volume
        | Name | Description | Schema | Default |
        |---|---|---|---|
        | id required | 볼륨 id Example : abc | string | |
        | state optional | 상태 Example : ACTIVEPattern : ^(ACTIVE|INACTIVE)$ | any of [string, null] | |
        | tags optional | any of [array[Tag], null] |
        1.2.2 - Tag
        | Name | Description | Schema | Default |
        |---|---|---|---|
        | key required | 키 Example : keyMaximum length : 128 | string |

        """;

    /// <summary>The sample with the first occurrence of <paramref name="from"/> replaced.</summary>
    public static string With(string from, string to)
    {
        var index = Text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(index >= 0, $"sample does not contain '{from}'");
        return string.Concat(Text.AsSpan(0, index), to, Text.AsSpan(index + from.Length));
    }

    /// <summary>1-based line number of the first line equal to <paramref name="line"/>.</summary>
    public static int LineOf(string line) => Text.Split('\n').ToList().FindIndex(l => l == line) + 1;
}
