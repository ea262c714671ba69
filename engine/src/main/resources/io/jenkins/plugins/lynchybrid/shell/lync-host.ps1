# lync-host.ps1 - the lync-hybrid shell host (protocol LH1; see docs/powershell-host.md).
# Started as: powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -File lync-host.ps1
# It reads JSON lines on stdin and answers framed JSON lines on stdout. Parameters arrive as JSON data and
# are splatted onto allow-listed cmdlets: no input is ever parsed as PowerShell. Requires PowerShell 3.0+.

$ErrorActionPreference = 'Stop'
$ConfirmPreference = 'None'
$ProgressPreference = 'SilentlyContinue'
# Windows PowerShell 5.1 serialises arrays as {"value":[..],"Count":n} while this legacy type data is loaded.
Remove-TypeData -TypeName System.Array -ErrorAction SilentlyContinue

$Frame = [string][char]0x1E + 'LH1 '
$Utf8 = New-Object System.Text.UTF8Encoding($false)
$In = New-Object System.IO.StreamReader([Console]::OpenStandardInput(), $Utf8)
$Out = New-Object System.IO.StreamWriter([Console]::OpenStandardOutput(), $Utf8)
$Out.AutoFlush = $true

$LyncModulePath = 'C:\Program Files\Common Files\Microsoft Lync Server 2013\Modules\Lync\Lync.psd1'
$OnPremCmdlets = @(
    'Get-CsUser', 'Move-CsUser',
    'Get-CsHostingProvider', 'New-CsHostingProvider', 'Set-CsHostingProvider', 'Remove-CsHostingProvider',
    'Get-CsAccessEdgeConfiguration', 'Set-CsAccessEdgeConfiguration',
    'Get-CsExternalAccessPolicy', 'Set-CsExternalAccessPolicy', 'Get-CsConferencingPolicy',
    'Get-CsService', 'Get-CsSite', 'Get-CsManagementStoreReplicationStatus', 'Get-CsAllowedDomain', 'Get-CsBlockedDomain',
    'Get-CsServerVersion', 'Get-CsServerPatchVersion', 'Get-CsPool',
    'Get-CsTeamsUpgradePolicy', 'New-CsTeamsUpgradePolicy', 'Grant-CsTeamsUpgradePolicy')
$TenantCmdlets = @('Get-CsTenantFederationConfiguration', 'Set-CsTenantFederationConfiguration',
    'Get-CsOnlineUser', 'Get-CsMeetingMigrationStatus',
    'MicrosoftTeams\Grant-CsTeamsUpgradePolicy', 'MicrosoftTeams\Get-CsTenant')
$AgentCmdlets = @('Get-Module', 'Read-PoolServerBuild')
$AllowedCmdlets = $OnPremCmdlets + $TenantCmdlets + $AgentCmdlets

# One pool server's own build, read on that server through PowerShell remoting (WinRM): Get-CsServerPatchVersion
# reads only the machine it runs on (SfB 2015/2019); Lync Server 2013 has no such cmdlet and its Get-CsServerVersion
# gives only the base version, so there the Core Components' version from Programs and Features is read.
function Read-PoolServerBuild([string] $ComputerName, [string] $Method) {
    if ($Method -eq 'PatchVersion') {
        $found = Invoke-Command -ComputerName $ComputerName -ErrorAction Stop -ScriptBlock { Get-CsServerPatchVersion }
        return @($found | ForEach-Object { [pscustomobject]@{ ComputerName = $ComputerName; Component = [string] $_.ComponentName; Version = [string] $_.Version } })
    }
    if ($Method -eq 'InstalledProduct') {
        $found = Invoke-Command -ComputerName $ComputerName -ErrorAction Stop -ScriptBlock {
            Get-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\*' |
                Where-Object { $_.DisplayName -like 'Microsoft Lync Server 2013, *' }
        }
        return @($found | ForEach-Object { [pscustomobject]@{ ComputerName = $ComputerName; Component = [string] $_.DisplayName; Version = [string] $_.DisplayVersion } })
    }
    throw ('Method must be PatchVersion or InstalledProduct, not ' + $Method + '.')
}

function Write-Frame([string] $json) {
    $Out.WriteLine($Frame + $json)
}

function ConvertTo-JsonLine($value) {
    return (ConvertTo-Json -InputObject $value -Depth 4 -Compress)
}

function New-ErrorReply($id, [string] $category, [string] $message, [string] $errorId) {
    return @{ id = $id; ok = $false; error = @{ category = $category; message = $message; errorId = $errorId } }
}

# One property value as JSON-friendly data: strings, numbers and booleans as they are; dates in ISO 8601;
# collections as arrays of text; any other object (identities, enums, Fqdn) as its text.
function ConvertTo-PlainValue($value) {
    if ($null -eq $value) { return $null }
    if ($value -is [string] -or $value -is [bool] -or $value.GetType().IsPrimitive) { return $value }
    if ($value -is [datetime]) { return $value.ToString('o') }
    if ($value -is [System.Collections.IEnumerable]) {
        $items = @()
        foreach ($item in $value) { $items += [string] $item }
        return , $items
    }
    return [string] $value
}

# One output object as an ordered map of all its properties (Select-Object *). A scalar output becomes Value.
function ConvertTo-PlainObject($item) {
    if ($null -eq $item) { return $null }
    if ($item -is [string] -or $item.GetType().IsPrimitive) { return @{ Value = $item } }
    $map = [ordered]@{}
    foreach ($property in ($item | Select-Object -Property *).PSObject.Properties) {
        $map[$property.Name] = ConvertTo-PlainValue $property.Value
    }
    return $map
}

# The request's params object as a splatting table. Only scalars and arrays of scalars are accepted; the
# value true for Credential stands for the tenant credential from the credential line.
function ConvertTo-Splat($params, $credential) {
    $splat = @{}
    if ($null -eq $params) { return $splat }
    foreach ($property in $params.PSObject.Properties) {
        $value = $property.Value
        if ($property.Name -eq 'Credential') {
            if ($value -ne $true) { throw 'Credential must be true (the session credential).' }
            $value = $credential
        }
        elseif ($value -is [System.Management.Automation.PSCustomObject]) {
            throw ('Parameter ' + $property.Name + ' is an object; only values and arrays are accepted.')
        }
        $splat[$property.Name] = $value
    }
    return $splat
}

function New-Credential([string] $username, [string] $password) {
    $secure = New-Object System.Security.SecureString
    foreach ($c in $password.ToCharArray()) { $secure.AppendChar($c) }
    $secure.MakeReadOnly()
    return New-Object System.Management.Automation.PSCredential($username, $secure)
}

# The pool admin from the hello signs the remote session in; without one, the agent's own Windows identity.
function New-PoolSession($hello) {
    if ($hello.remoteUsername) {
        $poolCredential = New-Credential ([string] $hello.remoteUsername) ([string] $hello.remotePassword)
        $hello.remotePassword = $null
        return New-PSSession -ConnectionUri $hello.remotePoolUrl -Credential $poolCredential -Authentication Negotiate
    }
    return New-PSSession -ConnectionUri $hello.remotePoolUrl -Authentication NegotiateWithImplicitCredential
}

function Import-LyncShell($hello) {
    if ($hello.remotePoolUrl) {
        $session = New-PoolSession $hello
        Import-PSSession -Session $session -CommandName $OnPremCmdlets -AllowClobber | Out-Null
        return $session
    }
    if (Test-Path -LiteralPath $LyncModulePath) {
        Import-Module -Name $LyncModulePath | Out-Null
    }
    elseif (Get-Module -ListAvailable -Name SkypeForBusiness) {
        Import-Module -Name SkypeForBusiness | Out-Null
    }
    else {
        Import-Module -Name Lync | Out-Null
    }
    return $null
}

function Invoke-Request($request, $credential) {
    $name = [string] $request.cmdlet
    if ($AllowedCmdlets -notcontains $name) {
        return New-ErrorReply $request.id 'PermissionDenied' ("The cmdlet '" + $name + "' is not in the shell host's allow-list.") 'LyncHostRefused'
    }
    # Before the credential line only the on-premises shell answers: the tenant session is not connected yet.
    $tenant = ($TenantCmdlets -contains $name) -or ($null -ne $request.params -and $null -ne $request.params.PSObject.Properties['Credential'])
    if ($null -eq $credential -and $tenant) {
        return New-ErrorReply $request.id 'InvalidOperation' ("The cmdlet '" + $name + "' needs the tenant sign-in; it runs only after the credential line.") 'LyncHostRefused'
    }
    try {
        $splat = ConvertTo-Splat $request.params $credential
    }
    catch {
        return New-ErrorReply $request.id 'InvalidArgument' $_.Exception.Message 'LyncHostRefused'
    }
    try {
        # A module-qualified name (MicrosoftTeams\X) resolves in that module only, whatever else the session has.
        # MicrosoftTeams exports some on-premises names too (Grant-CsTeamsUpgradePolicy): an on-premises cmdlet is
        # never taken from it, whichever module was imported last.
        $parts = $name.Split('\')
        if ($parts.Count -eq 2) {
            $command = Get-Command -Module $parts[0] -Name $parts[1] -CommandType @('Cmdlet', 'Function')
        }
        else {
            $command = Get-Command -Name $name -CommandType @('Cmdlet', 'Function') -All |
                Where-Object { $OnPremCmdlets -notcontains $name -or $_.ModuleName -ne 'MicrosoftTeams' } |
                Select-Object -First 1
        }
        if ($null -eq $command) { throw ("The term '" + $name + "' is not recognized as the name of a cmdlet.") }
        $objects = @(& $command @splat | ForEach-Object { ConvertTo-PlainObject $_ })
        return @{ id = $request.id; ok = $true; objects = $objects }
    }
    catch {
        return New-ErrorReply $request.id $_.CategoryInfo.Category.ToString() $_.Exception.Message $_.FullyQualifiedErrorId
    }
}

# The credential line: the tenant admin, then Connect-MicrosoftTeams with it (a national cloud's tenant signs in to
# its own Teams environment: TeamsGCCH, TeamsDOD, TeamsChina).
function Connect-Tenant($hello, $signIn) {
    $credential = New-Credential ([string] $signIn.username) ([string] $signIn.password)
    $signIn.password = $null
    if ($hello.online) {
        $connect = @{ Credential = $credential }
        if ($hello.teamsEnvironmentName) { $connect.TeamsEnvironmentName = [string] $hello.teamsEnvironmentName }
        Connect-MicrosoftTeams @connect | Out-Null
    }
    return $credential
}

function Write-StartUpFailure($record) {
    $failure = New-ErrorReply $null $record.CategoryInfo.Category.ToString() $record.Exception.Message $record.FullyQualifiedErrorId
    $failure.type = 'error'
    Write-Frame (ConvertTo-JsonLine $failure)
}

# Start-up: the hello line says what to import (the slow part). The tenant credential follows, once, when the
# engine's sign-in gate lets it; until then on-premises cmdlets are answered. Credentials never reach argv,
# environment or output.
$session = $null
try {
    $hello = $In.ReadLine() | ConvertFrom-Json
    $session = Import-LyncShell $hello
    if ($hello.online) {
        Import-Module -Name MicrosoftTeams | Out-Null
    }
    # The installed build's Move-CsUser parameters, read once: the engine sends only switches this build binds.
    $moveParameters = @((Get-Command -Name Move-CsUser).Parameters.Keys)
    Write-Frame (ConvertTo-JsonLine @{ type = 'imported'; moveCsUserParameters = $moveParameters })
}
catch {
    Write-StartUpFailure $_
    exit 1
}

# The loop: one line in, one framed answer out, until stdin closes. The credential line may come between any two
# requests; a failed sign-in ends the host.
$credential = $null
while ($true) {
    $line = $In.ReadLine()
    if ($null -eq $line) { break }
    try {
        $request = $line | ConvertFrom-Json
    }
    catch {
        Write-Frame (ConvertTo-JsonLine (New-ErrorReply $null 'InvalidArgument' 'The request is not valid JSON.' 'LyncHostRefused'))
        continue
    }
    if ($request.type -eq 'credential' -and $null -eq $credential) {
        try {
            $credential = Connect-Tenant $hello $request
        }
        catch {
            Write-StartUpFailure $_
            if ($null -ne $session) { Remove-PSSession -Session $session }
            exit 1
        }
        Write-Frame (ConvertTo-JsonLine @{ type = 'ready'; protocol = 1; host = 'powershell'; version = $PSVersionTable.PSVersion.ToString() })
        continue
    }
    Write-Frame (ConvertTo-JsonLine (Invoke-Request $request $credential))
}

if ($null -ne $session) { Remove-PSSession -Session $session }
exit 0
