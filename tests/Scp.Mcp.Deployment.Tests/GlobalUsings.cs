global using Scp.Mcp.Tests.Common;
global using Xunit;
