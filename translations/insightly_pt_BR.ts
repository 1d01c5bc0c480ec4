<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AdminAssignment</name>
    <message>
        <source>The signed-in account is not known.</source>
        <translation>A conta conectada não é conhecida.</translation>
    </message>
    <message>
        <source>The sign-in check did not return the account&apos;s id.</source>
        <translation>A verificação de entrada não retornou a ID da conta.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Entre novamente.</translation>
    </message>
    <message>
        <source>Checking whether you are assigned to Insightly SAML…</source>
        <translation>Verificando se você está atribuído ao Insightly SAML…</translation>
    </message>
    <message>
        <source>Assigning you to Insightly SAML for the sign-in test…</source>
        <translation>Atribuindo você ao Insightly SAML para o teste de entrada…</translation>
    </message>
</context>
<context>
    <name>CertificateActivation</name>
    <message>
        <source>The certificate %1 is not on the Insightly SAML application.</source>
        <translation>O certificado %1 não está no aplicativo Insightly SAML.</translation>
    </message>
    <message>
        <source>It was removed, or it belongs to another application.</source>
        <translation>Ele foi removido ou pertence a outro aplicativo.</translation>
    </message>
    <message>
        <source>Read the certificates again and choose one that is listed.</source>
        <translation>Leia os certificados novamente e escolha um que esteja listado.</translation>
    </message>
    <message>
        <source>The certificate %1 is expired or not yet valid.</source>
        <translation>O certificado %1 expirou ou ainda não é válido.</translation>
    </message>
    <message>
        <source>Microsoft Entra cannot sign with it.</source>
        <translation>O Microsoft Entra não pode assinar com ele.</translation>
    </message>
    <message>
        <source>Create a new certificate instead.</source>
        <translation>Em vez disso, crie um novo certificado.</translation>
    </message>
    <message>
        <source>Activating the certificate %1…</source>
        <translation>Ativando o certificado %1…</translation>
    </message>
    <message>
        <source>Confirming the active certificate… seen %1 of %2 times</source>
        <translation>Confirmando o certificado ativo… visto %1 de %2 vezes</translation>
    </message>
    <message>
        <source>Too many addresses for certificate expiry notices.</source>
        <translation>Endereços demais para avisos de expiração do certificado.</translation>
    </message>
    <message>
        <source>Microsoft Entra accepts at most 5 addresses.</source>
        <translation>O Microsoft Entra aceita no máximo 5 endereços.</translation>
    </message>
    <message>
        <source>Remove some addresses.</source>
        <translation>Remova alguns endereços.</translation>
    </message>
    <message>
        <source>The previous certificate can no longer be made active again.</source>
        <translation>O certificado anterior não pode mais ser ativado novamente.</translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation>Ele expirou.</translation>
    </message>
    <message>
        <source>It was removed from the application.</source>
        <translation>Ele foi removido do aplicativo.</translation>
    </message>
    <message>
        <source>Upload the current certificate to Insightly instead (Certificate (Base64)), then test the sign-in again.</source>
        <translation>Em vez disso, carregue o certificado atual no Insightly (Certificado (Base64)) e teste a entrada novamente.</translation>
    </message>
    <message>
        <source>Going back to the previous certificate…</source>
        <translation>Voltando ao certificado anterior…</translation>
    </message>
    <message>
        <source>Setting who is told before the certificate expires…</source>
        <translation>Definindo quem é avisado antes de o certificado expirar…</translation>
    </message>
</context>
<context>
    <name>CertificateCleanup</name>
    <message>
        <source>The active signing certificate cannot be removed.</source>
        <translation>O certificado de assinatura ativo não pode ser removido.</translation>
    </message>
    <message>
        <source>Microsoft Entra signs Insightly sign-ins with %1.</source>
        <translation>O Microsoft Entra assina as entradas do Insightly com %1.</translation>
    </message>
    <message>
        <source>Activate another certificate first.</source>
        <translation>Ative outro certificado primeiro.</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n old certificate(s)…</source>
        <translation>
            <numerusform>Removendo %n certificado antigo…</numerusform>
            <numerusform>Removendo %n certificados antigos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirming the removal… seen %1 of %2 times</source>
        <translation>Confirmando a remoção… visto %1 de %2 vezes</translation>
    </message>
</context>
<context>
    <name>CertificateReader</name>
    <message>
        <source>Microsoft Entra did not confirm the certificate change in time.</source>
        <translation>O Microsoft Entra não confirmou a alteração do certificado a tempo.</translation>
    </message>
    <message>
        <source>The change was not read back consistently (replication).</source>
        <translation>A alteração não foi lida de volta de forma consistente (replicação).</translation>
    </message>
    <message>
        <source>Wait a few minutes and run this step again; it continues with the certificates that exist instead of creating more.</source>
        <translation>Aguarde alguns minutos e execute esta etapa novamente; ela continua com os certificados existentes em vez de criar mais.</translation>
    </message>
</context>
<context>
    <name>ChangePlan</name>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>(you, in Insightly)</source>
        <translation>(você, no Insightly)</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nada a alterar.</translation>
    </message>
    <message>
        <source>Insightly setting</source>
        <translation>Configuração do Insightly</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, expira em %2</translation>
    </message>
    <message>
        <source>SAML signing certificate</source>
        <translation>Certificado de autenticação SAML</translation>
    </message>
    <message>
        <source>service principal</source>
        <translation>Entidade de serviço</translation>
    </message>
    <message numerus="yes">
        <source>valid for %n day(s)</source>
        <translation>
            <numerusform>válido por %n dia</numerusform>
            <numerusform>válido por %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>the new certificate</source>
        <translation>o novo certificado</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>criar %1</translation>
    </message>
    <message>
        <source>update %1</source>
        <translation>alterar %1</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>excluir %1</translation>
    </message>
    <message>
        <source>No changes: everything is already as it should be.</source>
        <translation>Nenhuma alteração: tudo já está como deveria.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s): %1</source>
        <translation>
            <numerusform>%n alteração: %1</numerusform>
            <numerusform>%n alterações: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not planned: %1</source>
        <translation>não planejado: %1</translation>
    </message>
    <message>
        <source>planned but not sent: %1</source>
        <translation>planejado, mas não enviado: %1</translation>
    </message>
    <message>
        <source>Not signed in: the tenant could not be read.</source>
        <translation>Sem sessão iniciada: não foi possível ler o locatário.</translation>
    </message>
    <message>
        <source>Sign in, then look at the plan again.</source>
        <translation>Entre e consulte o plano novamente.</translation>
    </message>
    <message>
        <source>No Insightly SAML application was found in this tenant.</source>
        <translation>Nenhum aplicativo Insightly SAML foi encontrado neste locatário.</translation>
    </message>
    <message>
        <source>Run the whole setup first; a re-run changes an existing setup.</source>
        <translation>Execute primeiro a configuração completa; uma nova execução altera uma configuração existente.</translation>
    </message>
    <message>
        <source>enterprise application</source>
        <translation>Aplicativo empresarial</translation>
    </message>
    <message>
        <source>already exists (app id %1)</source>
        <translation>já existe (ID do aplicativo %1)</translation>
    </message>
    <message numerus="yes">
        <source>you choose one of %n existing apps</source>
        <translation>
            <numerusform>você escolhe o aplicativo existente</numerusform>
            <numerusform>você escolhe um dos %n aplicativos existentes</numerusform>
        </translation>
    </message>
    <message>
        <source>application</source>
        <translation>Aplicativo</translation>
    </message>
    <message>
        <source>the Sign-in page URL you enter</source>
        <translation>a &quot;Sign-in page URL&quot; que você digitar</translation>
    </message>
    <message>
        <source>app role assignment</source>
        <translation>Atribuição de função de aplicativo</translation>
    </message>
    <message>
        <source>you</source>
        <translation>você</translation>
    </message>
    <message>
        <source>you, for the sign-in test</source>
        <translation>você, para o teste de entrada</translation>
    </message>
    <message>
        <source>SAML certificate</source>
        <translation>Certificado SAML</translation>
    </message>
    <message>
        <source>the new certificate file</source>
        <translation>o novo arquivo de certificado</translation>
    </message>
    <message>
        <source>already uploaded and tested</source>
        <translation>já carregado e testado</translation>
    </message>
    <message>
        <source>Enforce SAML Login</source>
        <translation>&quot;Enforce SAML Login&quot;</translation>
    </message>
    <message>
        <source>off</source>
        <comment>a setting that is not ticked</comment>
        <translation>desativado</translation>
    </message>
    <message>
        <source>on, after the sign-in test passed</source>
        <translation>ativado, após o teste de entrada ser aprovado</translation>
    </message>
    <message>
        <source>on</source>
        <comment>a setting that is ticked</comment>
        <translation>ativado</translation>
    </message>
    <message>
        <source>the old certificate</source>
        <translation>o certificado antigo</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removido)</translation>
    </message>
    <message>
        <source>provisioning job</source>
        <translation>Trabalho de provisionamento</translation>
    </message>
    <message>
        <source>Insightly&apos;s provisioning template</source>
        <translation>Modelo de provisionamento do Insightly</translation>
    </message>
    <message>
        <source>Test Connection (changes nothing)</source>
        <translation>Testar Conexão (não altera nada)</translation>
    </message>
    <message>
        <source>provisioning credentials</source>
        <translation>Credenciais de provisionamento</translation>
    </message>
    <message>
        <source>the SCIM endpoint you enter</source>
        <translation>o ponto de extremidade SCIM que você digitar</translation>
    </message>
    <message>
        <source>(the token you paste)</source>
        <translation>(o token que você colar)</translation>
    </message>
    <message>
        <source>started</source>
        <translation>iniciado</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuário</translation>
    </message>
    <message>
        <source>each user or group you choose</source>
        <translation>cada usuário ou grupo que você escolher</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Connects Insightly to Microsoft Entra ID: SAML single sign-on and SCIM user provisioning, step by step.</source>
        <translation>Conecta o Insightly ao Microsoft Entra ID: logon único SAML e provisionamento de usuários SCIM, passo a passo.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra esta ajuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostra a versão.</translation>
    </message>
    <message>
        <source>Microsoft Entra tenant: a domain or a tenant ID.</source>
        <translation>Locatário do Microsoft Entra: um domínio ou uma ID de locatário.</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>tenant</translation>
    </message>
    <message>
        <source>Application (client) ID of your own app registration to sign in with.</source>
        <translation>ID do aplicativo (cliente) do seu próprio registro de aplicativo para entrar.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Microsoft cloud: global, usgov or china.</source>
        <translation>Nuvem da Microsoft: global, usgov ou china.</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>cloud</translation>
    </message>
    <message>
        <source>Language of the wizard, e.g. en, de, fr, es, ja, pt_BR.</source>
        <translation>Idioma do assistente, por exemplo en, de, fr, es, ja, pt_BR.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Test Insightly&apos;s SCIM endpoint at URL from this computer and print each check, without the wizard. The token is read from the environment variable INSIGHTLY_SCIM_TOKEN or from standard input.</source>
        <translation>Testa o ponto de extremidade SCIM do Insightly em URL a partir deste computador e mostra cada verificação, sem o assistente. O token é lido da variável de ambiente INSIGHTLY_SCIM_TOKEN ou da entrada padrão.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--probe-scim needs the SCIM endpoint URL Insightly shows.</source>
        <translation>--probe-scim precisa da URL do ponto de extremidade SCIM mostrada pelo Insightly.</translation>
    </message>
    <message>
        <source>--cloud must be global, usgov or china, not &quot;%1&quot;.</source>
        <translation>--cloud deve ser global, usgov ou china, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--client-id must be an application (client) ID such as 14d82eec-204b-4c2f-b7e8-296a70dab67e, not &quot;%1&quot;.</source>
        <translation>--client-id deve ser uma ID do aplicativo (cliente), como 14d82eec-204b-4c2f-b7e8-296a70dab67e, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--tenant must be a domain such as contoso.onmicrosoft.com or a tenant ID, not &quot;%1&quot;.</source>
        <translation>--tenant deve ser um domínio, como contoso.onmicrosoft.com, ou uma ID de locatário, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--language takes a language code such as de or pt_BR, not &quot;%1&quot;.</source>
        <translation>--language recebe um código de idioma, como de ou pt_BR, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Check the saved setup without a window, using the saved session (never prompts). Exit status: 0 healthy, 1 warning, 2 failing, 3 cannot tell.</source>
        <translation>Verifica a configuração salva sem uma janela, usando a sessão salva (nunca faz perguntas). Status de saída: 0 íntegra, 1 aviso, 2 com falha, 3 não é possível determinar.</translation>
    </message>
    <message>
        <source>With --check: print nothing when healthy, only the status and action otherwise.</source>
        <translation>Com --check: não mostra nada quando está íntegra; caso contrário, só o status e a ação.</translation>
    </message>
    <message>
        <source>With --check: show a desktop notification when the setup is not healthy.</source>
        <translation>Com --check: mostra uma notificação na área de trabalho quando a configuração não está íntegra.</translation>
    </message>
    <message>
        <source>With --check: warn when the SCIM token was saved more than DAYS days ago.</source>
        <translation>Com --check: avisa quando o token SCIM foi salvo há mais de DAYS dias.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>--%1 only goes with --check.</source>
        <translation>--%1 só pode ser usado com --check.</translation>
    </message>
    <message>
        <source>--instance takes Insightly&apos;s Sign-in page URL or host name, not &quot;%1&quot;.</source>
        <translation>--instance recebe a &quot;Sign-in page URL&quot; ou o nome do host do Insightly, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--max-token-age takes a number of days, not &quot;%1&quot;.</source>
        <translation>--max-token-age recebe um número de dias, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Run against a built-in simulated tenant and Insightly instance (no real changes). The simulated world and what you set up in it are kept between runs in %1.</source>
        <translation>Executa com um locatário e uma instância do Insightly simulados e integrados (sem alterações reais). O mundo simulado e o que você configurar nele são mantidos entre as execuções em %1.</translation>
    </message>
    <message>
        <source>With --demo: forget the kept simulated world and start a new one.</source>
        <translation>Com --demo: descarta o mundo simulado mantido e começa um novo.</translation>
    </message>
    <message>
        <source>--reset is only for the demo: use --demo --reset.</source>
        <translation>--reset é só para a demonstração: use --demo --reset.</translation>
    </message>
    <message>
        <source>Open the wizard on this page of the setup named by --tenant and --instance: status, rotate-certificate or rotate-scim-token.</source>
        <translation>Abre o assistente nesta página da configuração indicada por --tenant e --instance: status, rotate-certificate ou rotate-scim-token.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <source>--open takes status, rotate-certificate or rotate-scim-token, not &quot;%1&quot;.</source>
        <translation>--open aceita status, rotate-certificate ou rotate-scim-token, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>With --check or --plan: print JSON (schemas: docs/check-json-schema.md, docs/plan.md).</source>
        <translation>Com --check ou --plan: mostra JSON (esquemas: docs/check-json-schema.md, docs/plan.md).</translation>
    </message>
    <message>
        <source>With --check, --plan or --open: the setup of this Insightly instance (its Sign-in page URL or host).</source>
        <translation>Com --check, --plan ou --open: a configuração desta instância do Insightly (a &quot;Sign-in page URL&quot; dela ou o host).</translation>
    </message>
    <message>
        <source>List what the setup would change in Entra and Insightly, read live, without changing anything (saved session, never prompts). Exit status: 0 the plan was read, 3 cannot tell.</source>
        <translation>Lista o que a configuração alteraria no Entra e no Insightly, lido ao vivo, sem alterar nada (sessão salva, nunca pergunta). Status de saída: 0 plano lido, 3 não é possível determinar.</translation>
    </message>
    <message>
        <source>With --plan: the plan of a re-run instead of the whole setup: certificate or scim-token.</source>
        <translation>Com --plan: o plano de uma nova execução em vez da configuração completa: certificate ou scim-token.</translation>
    </message>
    <message>
        <source>re-run</source>
        <translation>nova-execução</translation>
    </message>
    <message>
        <source>Use either --check or --plan, not both.</source>
        <translation>Use --check ou --plan, não ambos.</translation>
    </message>
    <message>
        <source>--%1 only goes with --check or --plan.</source>
        <translation>--%1 só pode ser usado com --check ou --plan.</translation>
    </message>
    <message>
        <source>--rerun only goes with --plan.</source>
        <translation>--rerun só pode ser usado com --plan.</translation>
    </message>
    <message>
        <source>--rerun takes certificate or scim-token, not &quot;%1&quot;.</source>
        <translation>--rerun aceita certificate ou scim-token, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--open doesn&apos;t go with --check or --plan.</source>
        <translation>--open não pode ser usado com --check nem com --plan.</translation>
    </message>
    <message>
        <source>--instance only goes with --check, --plan or --open.</source>
        <translation>--instance só pode ser usado com --check, --plan ou --open.</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Microsoft Entra hasn&apos;t finished creating the app or the user yet.</source>
        <translation>O Microsoft Entra ainda não terminou de criar o aplicativo ou o usuário.</translation>
    </message>
    <message>
        <source>The new object isn&apos;t visible on every directory replica yet.</source>
        <translation>O novo objeto ainda não está visível em todas as réplicas do diretório.</translation>
    </message>
    <message>
        <source>Wait a minute, then run this step again.</source>
        <translation>Aguarde um minuto e execute esta etapa novamente.</translation>
    </message>
    <message>
        <source>Entra rejected the Reply URL.</source>
        <translation>O Entra rejeitou a URL de Resposta.</translation>
    </message>
    <message>
        <source>It must be the exact https URL from Insightly, at most 256 characters, without spaces or symbols such as ! $ &apos; ( ) , ;</source>
        <translation>Ela deve ser exatamente a URL https do Insightly, com no máximo 256 caracteres, sem espaços nem símbolos como ! $ &apos; ( ) , ;</translation>
    </message>
    <message>
        <source>Copy the Sign-in page URL from Insightly again and retry.</source>
        <translation>Copie novamente a &quot;Sign-in page URL&quot; do Insightly e tente novamente.</translation>
    </message>
    <message>
        <source>The role chosen for Insightly doesn&apos;t exist on this app.</source>
        <translation>A função escolhida para o Insightly não existe neste aplicativo.</translation>
    </message>
    <message>
        <source>The app role isn&apos;t defined or enabled on the Insightly app, or doesn&apos;t allow this kind of member.</source>
        <translation>A função de aplicativo não está definida ou habilitada no aplicativo Insightly, ou não permite este tipo de membro.</translation>
    </message>
    <message>
        <source>Pick one of the app&apos;s roles (usually &apos;User&apos;), or use Default Access.</source>
        <translation>Escolha uma das funções do aplicativo (geralmente &apos;User&apos;) ou use Acesso Padrão.</translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the request.</source>
        <translation>O Microsoft Graph rejeitou a solicitação.</translation>
    </message>
    <message>
        <source>Some value sent by the wizard was not accepted.</source>
        <translation>Algum valor enviado pelo assistente não foi aceito.</translation>
    </message>
    <message>
        <source>Check the values entered in this step and retry. If it keeps failing, report it with the request ID.</source>
        <translation>Verifique os valores inseridos nesta etapa e tente novamente. Se continuar falhando, relate o problema com a ID da solicitação.</translation>
    </message>
    <message>
        <source>Your account isn&apos;t allowed to do this.</source>
        <translation>Sua conta não tem permissão para fazer isso.</translation>
    </message>
    <message>
        <source>The signed-in account lacks the Entra role Cloud Application Administrator or Application Administrator, or the wizard&apos;s permissions were not approved.</source>
        <translation>A conta conectada não tem a função do Entra Administrador de Aplicativos de Nuvem ou Administrador de Aplicativos, ou as permissões do assistente não foram aprovadas.</translation>
    </message>
    <message>
        <source>Sign in as a Cloud Application Administrator or Application Administrator.
Make sure the wizard&apos;s permissions (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, Synchronization.ReadWrite.All) have been approved.</source>
        <translation>Entre como Administrador de Aplicativos de Nuvem ou Administrador de Aplicativos.
Verifique se as permissões do assistente (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, Synchronization.ReadWrite.All) foram aprovadas.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer accepted by Microsoft Graph.</source>
        <translation>Sua entrada não é mais aceita pelo Microsoft Graph.</translation>
    </message>
    <message>
        <source>The access token expired, was issued for another service, or this computer&apos;s clock is wrong.</source>
        <translation>O token de acesso expirou, foi emitido para outro serviço ou o relógio deste computador está errado.</translation>
    </message>
    <message>
        <source>Please sign in again, and check this computer&apos;s date and time.</source>
        <translation>Entre novamente e verifique a data e a hora deste computador.</translation>
    </message>
    <message>
        <source>Your organization needs you to confirm your sign-in again.</source>
        <translation>Sua organização precisa que você confirme sua entrada novamente.</translation>
    </message>
    <message>
        <source>A Conditional Access or continuous access evaluation event requires a fresh sign-in.</source>
        <translation>Um evento de Acesso Condicional ou de avaliação contínua de acesso exige uma nova entrada.</translation>
    </message>
    <message>
        <source>Sign in again in the window that opens.</source>
        <translation>Entre novamente na janela que será aberta.</translation>
    </message>
    <message>
        <source>The object could not be found in Microsoft Entra.</source>
        <translation>O objeto não foi encontrado no Microsoft Entra.</translation>
    </message>
    <message>
        <source>It was created moments ago and hasn&apos;t replicated yet, or it was deleted.</source>
        <translation>Ele foi criado há poucos instantes e ainda não foi replicado, ou foi excluído.</translation>
    </message>
    <message>
        <source>Wait a minute and retry. If it persists, restart the wizard from the &apos;Create app&apos; step.</source>
        <translation>Aguarde um minuto e tente novamente. Se persistir, reinicie o assistente a partir da etapa &apos;Create app&apos;.</translation>
    </message>
    <message>
        <source>Search failed due to an internal error.</source>
        <translation>A pesquisa falhou devido a um erro interno.</translation>
    </message>
    <message>
        <source>Microsoft Graph didn&apos;t accept the search query.</source>
        <translation>O Microsoft Graph não aceitou a consulta de pesquisa.</translation>
    </message>
    <message>
        <source>Please report this problem with the request ID.</source>
        <translation>Relate este problema com a ID da solicitação.</translation>
    </message>
    <message>
        <source>Entra refused Insightly&apos;s URL as Identifier.</source>
        <translation>O Entra recusou a URL do Insightly como Identificador.</translation>
    </message>
    <message>
        <source>Your tenant&apos;s identifier-URI policy only allows verified domains for apps not yet in SAML mode.</source>
        <translation>A política de URI de identificador do seu locatário só permite domínios verificados para aplicativos que ainda não estão no modo SAML.</translation>
    </message>
    <message>
        <source>Let the wizard set SAML mode first and retry after a minute. If it still fails, an admin must allow the URL (or exempt this app), or set the Identifier on the app&apos;s SAML page in the portal.</source>
        <translation>Deixe o assistente definir primeiro o modo SAML e tente novamente após um minuto. Se ainda falhar, um administrador deve permitir a URL (ou isentar este aplicativo), ou definir o Identificador na página SAML do aplicativo no portal.</translation>
    </message>
    <message>
        <source>The Identifier can&apos;t end with &apos;/&apos; when it has no path.</source>
        <translation>O Identificador não pode terminar com &apos;/&apos; quando não tem caminho.</translation>
    </message>
    <message>
        <source>Entra rejects a bare host name with a trailing slash as Identifier.</source>
        <translation>O Entra rejeita como Identificador um nome de host sozinho com uma barra no final.</translation>
    </message>
    <message>
        <source>Paste the full Insightly Sign-in page URL.</source>
        <translation>Cole a &quot;Sign-in page URL&quot; completa do Insightly.</translation>
    </message>
    <message>
        <source>Already assigned — nothing to do.</source>
        <translation>Já atribuído — nada a fazer.</translation>
    </message>
    <message>
        <source>This user or group already has this role on the app.</source>
        <translation>Este usuário ou grupo já tem esta função no aplicativo.</translation>
    </message>
    <message>
        <source>No action needed.</source>
        <translation>Nenhuma ação necessária.</translation>
    </message>
    <message>
        <source>The half-created Insightly app can&apos;t be removed this way.</source>
        <translation>O aplicativo Insightly criado pela metade não pode ser removido dessa forma.</translation>
    </message>
    <message>
        <source>A SAML app created from the gallery can&apos;t be deleted through its service principal.</source>
        <translation>Um aplicativo SAML criado a partir da galeria não pode ser excluído por meio da entidade de serviço.</translation>
    </message>
    <message>
        <source>The wizard removes the application object instead; retry the cleanup.</source>
        <translation>Em vez disso, o assistente remove o objeto de aplicativo; tente a limpeza novamente.</translation>
    </message>
    <message>
        <source>Your tenant (or your account) has reached its limit of directory objects.</source>
        <translation>Seu locatário (ou sua conta) atingiu o limite de objetos de diretório.</translation>
    </message>
    <message>
        <source>Entra limits how many objects a tenant or a non-admin user may create.</source>
        <translation>O Entra limita quantos objetos um locatário ou um usuário não administrador pode criar.</translation>
    </message>
    <message>
        <source>Delete unused app registrations, or ask an administrator to run the wizard.</source>
        <translation>Exclua registros de aplicativo não usados ou peça a um administrador para executar o assistente.</translation>
    </message>
    <message>
        <source>Microsoft is rejecting requests from this tenant.</source>
        <translation>A Microsoft está rejeitando solicitações deste locatário.</translation>
    </message>
    <message>
        <source>The tenant keeps exceeding Microsoft Graph&apos;s limits.</source>
        <translation>O locatário excede repetidamente os limites do Microsoft Graph.</translation>
    </message>
    <message>
        <source>Contact Microsoft support.</source>
        <translation>Entre em contato com o suporte da Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft Graph asked the wizard to slow down.</source>
        <translation>O Microsoft Graph pediu ao assistente que diminuísse o ritmo.</translation>
    </message>
    <message>
        <source>The tenant&apos;s request or write quota for this app was exceeded.</source>
        <translation>A cota de solicitações ou de gravações do locatário para este aplicativo foi excedida.</translation>
    </message>
    <message>
        <source>The wizard continues automatically after the wait Microsoft asks for. Retry later if it stopped.</source>
        <translation>O assistente continua automaticamente após a espera solicitada pela Microsoft. Tente novamente mais tarde se ele tiver parado.</translation>
    </message>
    <message>
        <source>Microsoft Graph had a temporary problem.</source>
        <translation>O Microsoft Graph teve um problema temporário.</translation>
    </message>
    <message>
        <source>The service failed or timed out on Microsoft&apos;s side.</source>
        <translation>O serviço falhou ou atingiu o tempo limite do lado da Microsoft.</translation>
    </message>
    <message>
        <source>Wait a few minutes and retry.</source>
        <translation>Aguarde alguns minutos e tente novamente.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s provisioning service couldn&apos;t reach Insightly&apos;s SCIM endpoint.</source>
        <translation>O serviço de provisionamento da Microsoft não conseguiu acessar o ponto de extremidade SCIM do Insightly.</translation>
    </message>
    <message>
        <source>The SCIM URL is wrong, SCIM is off in Insightly, or the endpoint isn&apos;t reachable from Microsoft&apos;s network.</source>
        <translation>A URL do SCIM está errada, o SCIM está desativado no Insightly ou o ponto de extremidade não está acessível pela rede da Microsoft.</translation>
    </message>
    <message>
        <source>Check the SCIM endpoint URL copied from Insightly (System Settings → SAML and SCIM) and that SCIM is enabled there.
If Insightly restricts IP addresses, allow Microsoft&apos;s AzureActiveDirectory ranges.</source>
        <translation>Verifique a URL do ponto de extremidade SCIM copiada do Insightly (&quot;System Settings&quot; → &quot;SAML and SCIM&quot;) e se o SCIM está habilitado lá.
Se o Insightly restringir endereços IP, permita os intervalos AzureActiveDirectory da Microsoft.</translation>
    </message>
    <message>
        <source>Insightly didn&apos;t accept the Secret Token.</source>
        <translation>O Insightly não aceitou o Token Secreto.</translation>
    </message>
    <message>
        <source>The token was mistyped, has extra spaces, or was regenerated in Insightly.</source>
        <translation>O token foi digitado incorretamente, tem espaços extras ou foi regenerado no Insightly.</translation>
    </message>
    <message>
        <source>Copy the current SCIM token from Insightly (regenerating it cancels the old one), paste it, and test again.</source>
        <translation>Copie o token SCIM atual do Insightly (regenerá-lo cancela o antigo), cole-o e teste novamente.</translation>
    </message>
    <message>
        <source>A user with this email already exists in Insightly but wasn&apos;t matched.</source>
        <translation>Já existe no Insightly um usuário com este email, mas ele não foi correspondido.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s lookup by user name didn&apos;t find the existing Insightly user.</source>
        <translation>A pesquisa da Microsoft por nome de usuário não encontrou o usuário existente do Insightly.</translation>
    </message>
    <message>
        <source>Make the Insightly user&apos;s email equal to the Entra user name, or remove the duplicate.</source>
        <translation>Torne o email do usuário do Insightly igual ao nome de usuário do Entra ou remova a duplicata.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM answer wasn&apos;t in the expected format.</source>
        <translation>A resposta SCIM do Insightly não estava no formato esperado.</translation>
    </message>
    <message>
        <source>The SCIM address is wrong (e.g. &apos;/Users&apos; added) or a required field is empty.</source>
        <translation>O endereço SCIM está errado (por exemplo, &apos;/Users&apos; adicionado) ou um campo obrigatório está vazio.</translation>
    </message>
    <message>
        <source>Paste the SCIM endpoint exactly as Insightly shows it, and check the user&apos;s required fields.</source>
        <translation>Cole o ponto de extremidade SCIM exatamente como o Insightly o mostra e verifique os campos obrigatórios do usuário.</translation>
    </message>
    <message>
        <source>Insightly refused the change.</source>
        <translation>O Insightly recusou a alteração.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM service answered with an error.</source>
        <translation>O serviço SCIM do Insightly respondeu com um erro.</translation>
    </message>
    <message>
        <source>See the details for Insightly&apos;s answer.</source>
        <translation>Veja os detalhes da resposta do Insightly.</translation>
    </message>
    <message>
        <source>Several users share the same matching value.</source>
        <translation>Vários usuários compartilham o mesmo valor de correspondência.</translation>
    </message>
    <message>
        <source>There are probably duplicate users in Insightly or in Entra.</source>
        <translation>Provavelmente há usuários duplicados no Insightly ou no Entra.</translation>
    </message>
    <message>
        <source>Remove the duplicate, or choose a unique matching attribute.</source>
        <translation>Remova a duplicata ou escolha um atributo de correspondência exclusivo.</translation>
    </message>
    <message>
        <source>Insightly denied the change.</source>
        <translation>O Insightly negou a alteração.</translation>
    </message>
    <message>
        <source>The SCIM token stopped working or lacks rights.</source>
        <translation>O token SCIM parou de funcionar ou não tem direitos.</translation>
    </message>
    <message>
        <source>Check that the SCIM token still works and belongs to an Insightly admin; regenerate and update it if needed.</source>
        <translation>Verifique se o token SCIM ainda funciona e pertence a um administrador do Insightly; regenere-o e atualize-o se necessário.</translation>
    </message>
    <message>
        <source>The access token was rejected.</source>
        <translation>O token de acesso foi rejeitado.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Entre novamente.</translation>
    </message>
    <message>
        <source>The signed-in account lacks the needed Entra role or permission.</source>
        <translation>A conta conectada não tem a função ou a permissão necessária do Entra.</translation>
    </message>
    <message>
        <source>Sign in as a Cloud Application Administrator or Application Administrator.</source>
        <translation>Entre como Administrador de Aplicativos de Nuvem ou Administrador de Aplicativos.</translation>
    </message>
    <message>
        <source>It may not have replicated yet, or it was deleted.</source>
        <translation>Talvez ainda não tenha sido replicado, ou foi excluído.</translation>
    </message>
    <message>
        <source>Wait a minute and retry.</source>
        <translation>Aguarde um minuto e tente novamente.</translation>
    </message>
    <message>
        <source>Microsoft Entra reported a conflicting change.</source>
        <translation>O Microsoft Entra relatou uma alteração conflitante.</translation>
    </message>
    <message>
        <source>Another change to the same object is still being applied.</source>
        <translation>Outra alteração no mesmo objeto ainda está sendo aplicada.</translation>
    </message>
    <message>
        <source>The service failed on Microsoft&apos;s side.</source>
        <translation>O serviço falhou do lado da Microsoft.</translation>
    </message>
    <message>
        <source>A gateway in front of it failed.</source>
        <translation>Um gateway na frente dele falhou.</translation>
    </message>
    <message>
        <source>The service is unavailable right now.</source>
        <translation>O serviço não está disponível no momento.</translation>
    </message>
    <message>
        <source>The service took too long to answer.</source>
        <translation>O serviço demorou demais para responder.</translation>
    </message>
    <message>
        <source>Microsoft sign-in doesn&apos;t know where to send you back.</source>
        <translation>A entrada da Microsoft não sabe para onde enviar você de volta.</translation>
    </message>
    <message>
        <source>The redirect URI {redirectUri} is not registered on the sign-in app {clientId}.</source>
        <translation>O URI de redirecionamento {redirectUri} não está registrado no aplicativo de entrada {clientId}.</translation>
    </message>
    <message>
        <source>In App registrations → your app → Authentication, add {redirectUri} under Mobile and desktop applications.
Wait 3–5 minutes, then sign in again.</source>
        <translation>Em Registros de aplicativo → seu aplicativo → Autenticação, adicione {redirectUri} em Aplicativos móveis e de área de trabalho.
Aguarde de 3 a 5 minutos e entre novamente.</translation>
    </message>
    <message>
        <source>Your organization hasn&apos;t approved the permissions this wizard needs.</source>
        <translation>Sua organização não aprovou as permissões de que este assistente precisa.</translation>
    </message>
    <message>
        <source>The permissions (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, Synchronization.ReadWrite.All, …) were never granted to this sign-in app in this tenant.</source>
        <translation>As permissões (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, Synchronization.ReadWrite.All, …) nunca foram concedidas a este aplicativo de entrada neste locatário.</translation>
    </message>
    <message>
        <source>Sign in as an administrator who can grant tenant-wide consent and tick Consent on behalf of your organization, or ask an admin to approve the app with this link: {consentUrl}</source>
        <translation>Entre como um administrador que possa conceder consentimento para todo o locatário e marque Consentimento em nome da sua organização, ou peça a um administrador para aprovar o aplicativo com este link: {consentUrl}</translation>
    </message>
    <message>
        <source>Only an administrator can approve these permissions.</source>
        <translation>Somente um administrador pode aprovar essas permissões.</translation>
    </message>
    <message>
        <source>User consent is turned off in your tenant, or these permissions need admin consent.</source>
        <translation>O consentimento do usuário está desativado no seu locatário, ou essas permissões precisam de consentimento do administrador.</translation>
    </message>
    <message>
        <source>Ask a Global, Privileged Role or Cloud Application Administrator to approve the app: {consentUrl}
Then sign in again.</source>
        <translation>Peça a um Administrador Global, Administrador de Função Privilegiada ou Administrador de Aplicativos de Nuvem para aprovar o aplicativo: {consentUrl}
Depois, entre novamente.</translation>
    </message>
    <message>
        <source>The sign-in app is missing the basic &apos;User.Read&apos; permission.</source>
        <translation>O aplicativo de entrada não tem a permissão básica &apos;User.Read&apos;.</translation>
    </message>
    <message>
        <source>Its app registration doesn&apos;t ask for Microsoft Graph User.Read (Sign in and read user profile).</source>
        <translation>O registro de aplicativo não solicita o Microsoft Graph User.Read (Entrar e ler o perfil do usuário).</translation>
    </message>
    <message>
        <source>Add User.Read under API permissions of the app registration and grant consent.</source>
        <translation>Adicione User.Read em Permissões de API do registro de aplicativo e conceda o consentimento.</translation>
    </message>
    <message>
        <source>You declined the permission request.</source>
        <translation>Você recusou a solicitação de permissão.</translation>
    </message>
    <message>
        <source>The permissions screen was cancelled, so the wizard can&apos;t continue.</source>
        <translation>A tela de permissões foi cancelada, então o assistente não pode continuar.</translation>
    </message>
    <message>
        <source>Start sign-in again and accept, or ask an admin to approve the app for everyone.</source>
        <translation>Inicie a entrada novamente e aceite, ou peça a um administrador para aprovar o aplicativo para todos.</translation>
    </message>
    <message>
        <source>The built-in sign-in app isn&apos;t allowed to request this access.</source>
        <translation>O aplicativo de entrada interno não tem permissão para solicitar este acesso.</translation>
    </message>
    <message>
        <source>Microsoft has not pre-authorized its own client app for this API.</source>
        <translation>A Microsoft não pré-autorizou o próprio aplicativo cliente para esta API.</translation>
    </message>
    <message>
        <source>In Settings, enter your own app registration&apos;s client ID.</source>
        <translation>Em Configurações, insira a ID do cliente do seu próprio registro de aplicativo.</translation>
    </message>
    <message>
        <source>Your organization requires multifactor authentication.</source>
        <translation>Sua organização exige autenticação multifator.</translation>
    </message>
    <message>
        <source>A Conditional Access policy or per-user MFA asks for a second factor, which wasn&apos;t completed.</source>
        <translation>Uma política de Acesso Condicional ou a MFA por usuário pede um segundo fator, que não foi concluído.</translation>
    </message>
    <message>
        <source>Complete (approve) the extra verification in the sign-in window. If this appeared while the wizard was reconnecting, just sign in again.</source>
        <translation>Conclua (aprove) a verificação adicional na janela de entrada. Se isso apareceu enquanto o assistente se reconectava, basta entrar novamente.</translation>
    </message>
    <message>
        <source>Your account must register a verification method first.</source>
        <translation>Sua conta precisa primeiro registrar um método de verificação.</translation>
    </message>
    <message>
        <source>Your organization requires multifactor authentication, and no method is registered for this account.</source>
        <translation>Sua organização exige autenticação multifator e nenhum método está registrado para esta conta.</translation>
    </message>
    <message>
        <source>Follow the registration prompt in the sign-in window, or register on the Security info page, then retry.</source>
        <translation>Siga o aviso de registro na janela de entrada, ou registre-se na página Informações de segurança, e tente novamente.</translation>
    </message>
    <message>
        <source>Sign-in was blocked by your organization&apos;s access policy.</source>
        <translation>A entrada foi bloqueada pela política de acesso da sua organização.</translation>
    </message>
    <message>
        <source>A Conditional Access policy, a security policy or Security Defaults blocks this user, app, location or sign-in method.</source>
        <translation>Uma política de Acesso Condicional, uma política de segurança ou os Padrões de Segurança bloqueiam este usuário, aplicativo, local ou método de entrada.</translation>
    </message>
    <message>
        <source>Choose Sign in with system browser and try again.
If it is still blocked, an admin can open Entra → Sign-in logs, find this attempt by its correlation ID and check the Conditional Access tab.</source>
        <translation>Escolha Entrar com o navegador do sistema e tente novamente.
Se continuar bloqueado, um administrador pode abrir Entra → Logs de entrada, encontrar esta tentativa pela ID de correlação e verificar a guia Acesso Condicional.</translation>
    </message>
    <message>
        <source>Your organization only accepts sign-ins from managed devices through a supported browser.</source>
        <translation>Sua organização só aceita entradas de dispositivos gerenciados por meio de um navegador compatível.</translation>
    </message>
    <message>
        <source>The wizard&apos;s built-in sign-in window can&apos;t prove this device is compliant.</source>
        <translation>A janela de entrada interna do assistente não consegue comprovar que este dispositivo está em conformidade.</translation>
    </message>
    <message>
        <source>Choose Sign in with system browser, or run the wizard on a compliant, enrolled device.</source>
        <translation>Escolha Entrar com o navegador do sistema, ou execute o assistente em um dispositivo registrado e em conformidade.</translation>
    </message>
    <message>
        <source>This tenant&apos;s device rules don&apos;t trust your home organization&apos;s devices.</source>
        <translation>As regras de dispositivo deste locatário não confiam nos dispositivos da sua organização de origem.</translation>
    </message>
    <message>
        <source>You are signing in as a guest, and cross-tenant trust of device compliance is not configured.</source>
        <translation>Você está entrando como convidado e a confiança entre locatários na conformidade de dispositivos não está configurada.</translation>
    </message>
    <message>
        <source>Use an account that is a member of this tenant, or ask its admin to configure cross-tenant trust.</source>
        <translation>Use uma conta que seja membro deste locatário ou peça ao administrador dele para configurar a confiança entre locatários.</translation>
    </message>
    <message>
        <source>The sign-in app {clientId} isn&apos;t known in tenant {tenant}.</source>
        <translation>O aplicativo de entrada {clientId} não é conhecido no locatário {tenant}.</translation>
    </message>
    <message>
        <source>The client ID is mistyped, the app was deleted, or it is a single-tenant app of another tenant.</source>
        <translation>A ID do cliente foi digitada incorretamente, o aplicativo foi excluído ou é um aplicativo de locatário único de outro locatário.</translation>
    </message>
    <message>
        <source>Check the client ID and tenant in Settings, register the app in this tenant, or make it multi-tenant.</source>
        <translation>Verifique a ID do cliente e o locatário em Configurações, registre o aplicativo neste locatário ou torne-o multilocatário.</translation>
    </message>
    <message>
        <source>The app registration is set up as a web app, but the wizard is a desktop app.</source>
        <translation>O registro de aplicativo está configurado como aplicativo Web, mas o assistente é um aplicativo de área de trabalho.</translation>
    </message>
    <message>
        <source>Entra expects a client secret because the redirect URI is registered under Web, or public client flows are off.</source>
        <translation>O Entra espera um segredo do cliente porque o URI de redirecionamento está registrado em Web, ou os fluxos de cliente público estão desativados.</translation>
    </message>
    <message>
        <source>Register the redirect URI under Mobile and desktop applications, and set Allow public client flows = Yes.</source>
        <translation>Registre o URI de redirecionamento em Aplicativos móveis e de área de trabalho e defina Permitir fluxos de clientes públicos = Sim.</translation>
    </message>
    <message>
        <source>Internal configuration error: the desktop client sent a secret.</source>
        <translation>Erro interno de configuração: o cliente de área de trabalho enviou um segredo.</translation>
    </message>
    <message>
        <source>A public client must not send a client secret or assertion.</source>
        <translation>Um cliente público não deve enviar um segredo do cliente nem uma asserção.</translation>
    </message>
    <message>
        <source>Please report this problem.</source>
        <translation>Relate este problema.</translation>
    </message>
    <message>
        <source>This sign-in app only works with a specific tenant.</source>
        <translation>Este aplicativo de entrada só funciona com um locatário específico.</translation>
    </message>
    <message>
        <source>It is a single-tenant app, and the wizard used &apos;common&apos; or &apos;organizations&apos;.</source>
        <translation>É um aplicativo de locatário único, e o assistente usou &apos;common&apos; ou &apos;organizations&apos;.</translation>
    </message>
    <message>
        <source>Enter your tenant ID or domain in the wizard, then sign in again.</source>
        <translation>Insira a ID ou o domínio do seu locatário no assistente e entre novamente.</translation>
    </message>
    <message>
        <source>The account you used isn&apos;t part of {tenant}.</source>
        <translation>A conta que você usou não faz parte de {tenant}.</translation>
    </message>
    <message>
        <source>It is a personal account, an account of another tenant, or the user name is mistyped.</source>
        <translation>É uma conta pessoal, uma conta de outro locatário, ou o nome de usuário foi digitado incorretamente.</translation>
    </message>
    <message>
        <source>Sign out and use your work account from that organization (it also needs an admin role there).</source>
        <translation>Saia e use sua conta corporativa dessa organização (ela também precisa de uma função de administrador lá).</translation>
    </message>
    <message>
        <source>Your external account can&apos;t complete this tenant&apos;s verification.</source>
        <translation>Sua conta externa não consegue concluir a verificação deste locatário.</translation>
    </message>
    <message>
        <source>A guest account cannot satisfy this tenant&apos;s multifactor authentication.</source>
        <translation>Uma conta de convidado não consegue atender à autenticação multifator deste locatário.</translation>
    </message>
    <message>
        <source>Use a member account of the tenant.</source>
        <translation>Use uma conta membro do locatário.</translation>
    </message>
    <message>
        <source>Your network or a cross-tenant policy doesn&apos;t allow signing in to {tenant} with this account.</source>
        <translation>Sua rede ou uma política entre locatários não permite entrar em {tenant} com esta conta.</translation>
    </message>
    <message>
        <source>Tenant restrictions on your network, or a cross-tenant access policy, block this tenant.</source>
        <translation>Restrições de locatário na sua rede, ou uma política de acesso entre locatários, bloqueiam este locatário.</translation>
    </message>
    <message>
        <source>Ask your IT team to allow that tenant, or use a member account of the target tenant or another network.</source>
        <translation>Peça à sua equipe de TI para permitir esse locatário, ou use uma conta membro do locatário de destino ou outra rede.</translation>
    </message>
    <message>
        <source>As a partner admin you can only use apps the customer tenant has approved.</source>
        <translation>Como administrador parceiro, você só pode usar aplicativos que o locatário do cliente aprovou.</translation>
    </message>
    <message>
        <source>The sign-in app has no consent in the customer tenant.</source>
        <translation>O aplicativo de entrada não tem consentimento no locatário do cliente.</translation>
    </message>
    <message>
        <source>Have a customer admin consent to the wizard&apos;s app first: {consentUrl}</source>
        <translation>Peça primeiro a um administrador do cliente para consentir o aplicativo do assistente: {consentUrl}</translation>
    </message>
    <message>
        <source>User name or password is incorrect.</source>
        <translation>O nome de usuário ou a senha está incorreto.</translation>
    </message>
    <message>
        <source>Microsoft didn&apos;t accept the credentials entered.</source>
        <translation>A Microsoft não aceitou as credenciais inseridas.</translation>
    </message>
    <message>
        <source>Try again or reset your password.</source>
        <translation>Tente novamente ou redefina sua senha.</translation>
    </message>
    <message>
        <source>The account is locked, blocked from this network, has an expired password, or is disabled.</source>
        <translation>A conta está bloqueada, impedida nesta rede, com a senha expirada ou desabilitada.</translation>
    </message>
    <message>
        <source>Too many failed attempts, a flagged IP address, an expired password or a disabled account.</source>
        <translation>Tentativas com falha em excesso, um endereço IP sinalizado, uma senha expirada ou uma conta desabilitada.</translation>
    </message>
    <message>
        <source>Wait and retry, reset the password, or ask an admin to re-enable the account. An admin sees the exact reason in the Sign-in logs.</source>
        <translation>Aguarde e tente novamente, redefina a senha ou peça a um administrador para reabilitar a conta. Um administrador vê o motivo exato nos Logs de entrada.</translation>
    </message>
    <message>
        <source>You aren&apos;t assigned to the sign-in app used by this wizard.</source>
        <translation>Você não está atribuído ao aplicativo de entrada usado por este assistente.</translation>
    </message>
    <message>
        <source>Assignment required is on for the app, and your account isn&apos;t assigned to it.</source>
        <translation>A opção &quot;Atribuição necessária?&quot; está ativada para o aplicativo e sua conta não está atribuída a ele.</translation>
    </message>
    <message>
        <source>Add your account under Enterprise applications → the sign-in app → Users and groups, or turn off Assignment required.</source>
        <translation>Adicione sua conta em Aplicativos empresariais → o aplicativo de entrada → Usuários e grupos, ou desative &quot;Atribuição necessária?&quot;.</translation>
    </message>
    <message>
        <source>The requested Microsoft service isn&apos;t available in this tenant.</source>
        <translation>O serviço da Microsoft solicitado não está disponível neste locatário.</translation>
    </message>
    <message>
        <source>The tenant or the cloud (commercial, US Government, China) in Settings is probably wrong.</source>
        <translation>O locatário ou a nuvem (comercial, US Government, China) em Configurações provavelmente está errado.</translation>
    </message>
    <message>
        <source>Check the tenant and the cloud in Settings, then sign in again.</source>
        <translation>Verifique o locatário e a nuvem em Configurações e entre novamente.</translation>
    </message>
    <message>
        <source>Tenant {tenant} wasn&apos;t found.</source>
        <translation>O locatário {tenant} não foi encontrado.</translation>
    </message>
    <message>
        <source>The tenant name is mistyped, not registered, or in another cloud.</source>
        <translation>O nome do locatário foi digitado incorretamente, não está registrado ou está em outra nuvem.</translation>
    </message>
    <message>
        <source>Enter the tenant ID (GUID) or a verified domain.</source>
        <translation>Insira a ID do locatário (GUID) ou um domínio verificado.</translation>
    </message>
    <message>
        <source>Internal request error (invalid scope).</source>
        <translation>Erro interno de solicitação (escopo inválido).</translation>
    </message>
    <message>
        <source>Microsoft rejected the permissions the wizard asked for.</source>
        <translation>A Microsoft rejeitou as permissões solicitadas pelo assistente.</translation>
    </message>
    <message>
        <source>Please report this problem with the correlation ID.</source>
        <translation>Relate este problema com a ID de correlação.</translation>
    </message>
    <message>
        <source>Your sign-in took too long or the saved session is no longer valid.</source>
        <translation>Sua entrada demorou demais ou a sessão salva não é mais válida.</translation>
    </message>
    <message>
        <source>The sign-in code expired or the saved sign-in was revoked.</source>
        <translation>O código de entrada expirou ou a entrada salva foi revogada.</translation>
    </message>
    <message>
        <source>Sign-in was interrupted by an internal error.</source>
        <translation>A entrada foi interrompida por um erro interno.</translation>
    </message>
    <message>
        <source>The sign-in answer didn&apos;t belong to this sign-in attempt, or was used twice.</source>
        <translation>A resposta de entrada não pertencia a esta tentativa de entrada, ou foi usada duas vezes.</translation>
    </message>
    <message>
        <source>Please start sign-in again. If it happens again, report it with the correlation ID.</source>
        <translation>Inicie a entrada novamente. Se acontecer de novo, relate o problema com a ID de correlação.</translation>
    </message>
    <message>
        <source>Your saved sign-in expired because the wizard wasn&apos;t used for a long time.</source>
        <translation>Sua entrada salva expirou porque o assistente não foi usado por muito tempo.</translation>
    </message>
    <message>
        <source>The saved refresh token expired after a long period without use.</source>
        <translation>O token de atualização salvo expirou após um longo período sem uso.</translation>
    </message>
    <message>
        <source>Your saved sign-in was cancelled.</source>
        <translation>Sua entrada salva foi cancelada.</translation>
    </message>
    <message>
        <source>The password was changed or an admin revoked your sessions.</source>
        <translation>A senha foi alterada ou um administrador revogou suas sessões.</translation>
    </message>
    <message>
        <source>Your organization requires you to confirm your sign-in again.</source>
        <translation>Sua organização exige que você confirme sua entrada novamente.</translation>
    </message>
    <message>
        <source>The saved sign-in can&apos;t be renewed silently (sign-in frequency, expired MFA or a password change).</source>
        <translation>A entrada salva não pode ser renovada silenciosamente (frequência de entrada, MFA expirada ou alteração de senha).</translation>
    </message>
    <message>
        <source>Consent for the sign-in app is missing in this tenant.</source>
        <translation>Falta o consentimento para o aplicativo de entrada neste locatário.</translation>
    </message>
    <message>
        <source>Sign in as an administrator and grant consent, or ask an admin to approve the app: {consentUrl}</source>
        <translation>Entre como administrador e conceda o consentimento, ou peça a um administrador para aprovar o aplicativo: {consentUrl}</translation>
    </message>
    <message>
        <source>Microsoft couldn&apos;t use the sign-in response.</source>
        <translation>A Microsoft não conseguiu usar a resposta de entrada.</translation>
    </message>
    <message>
        <source>The sign-in request was malformed or a saved value was damaged.</source>
        <translation>A solicitação de entrada estava malformada ou um valor salvo foi danificado.</translation>
    </message>
    <message>
        <source>Start sign-in again. If it keeps failing, send the correlation ID to support.</source>
        <translation>Inicie a entrada novamente. Se continuar falhando, envie a ID de correlação ao suporte.</translation>
    </message>
    <message>
        <source>Too many repeated sign-in requests.</source>
        <translation>Muitas solicitações de entrada repetidas.</translation>
    </message>
    <message>
        <source>Microsoft detected a sign-in loop.</source>
        <translation>A Microsoft detectou um loop de entrada.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again.</source>
        <translation>Aguarde alguns minutos e tente novamente.</translation>
    </message>
    <message>
        <source>Microsoft sign-in is temporarily busy.</source>
        <translation>A entrada da Microsoft está temporariamente ocupada.</translation>
    </message>
    <message>
        <source>The sign-in service had a transient problem.</source>
        <translation>O serviço de entrada teve um problema transitório.</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>Aguarde um momento e tente novamente.</translation>
    </message>
    <message>
        <source>The sign-in app is disabled in your tenant.</source>
        <translation>O aplicativo de entrada está desabilitado no seu locatário.</translation>
    </message>
    <message>
        <source>Its enterprise application is not enabled for users to sign in.</source>
        <translation>O aplicativo empresarial dele não está habilitado para que os usuários entrem.</translation>
    </message>
    <message>
        <source>Re-enable it in Enterprise applications → the app → Properties → Enabled for users to sign in.</source>
        <translation>Habilite-o novamente em Aplicativos empresariais → o aplicativo → Propriedades → Habilitado para os usuários entrarem.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid.</source>
        <translation>Sua entrada não é mais válida.</translation>
    </message>
    <message>
        <source>The sign-in code or the saved session was rejected by Microsoft.</source>
        <translation>O código de entrada ou a sessão salva foi rejeitado pela Microsoft.</translation>
    </message>
    <message>
        <source>Sign-in with a code was declined.</source>
        <translation>A entrada com um código foi recusada.</translation>
    </message>
    <message>
        <source>The code sign-in was refused on the other device.</source>
        <translation>A entrada com código foi recusada no outro dispositivo.</translation>
    </message>
    <message>
        <source>Start sign-in again and approve it.</source>
        <translation>Inicie a entrada novamente e aprove-a.</translation>
    </message>
    <message>
        <source>The sign-in code expired.</source>
        <translation>O código de entrada expirou.</translation>
    </message>
    <message>
        <source>It wasn&apos;t entered within its validity (about 15 minutes).</source>
        <translation>Ele não foi inserido dentro da validade (cerca de 15 minutos).</translation>
    </message>
    <message>
        <source>Get a new code and enter it.</source>
        <translation>Obtenha um novo código e insira-o.</translation>
    </message>
    <message>
        <source>The sign-in code wasn&apos;t recognized.</source>
        <translation>O código de entrada não foi reconhecido.</translation>
    </message>
    <message>
        <source>The code entered doesn&apos;t match the one shown.</source>
        <translation>O código inserido não corresponde ao mostrado.</translation>
    </message>
    <message>
        <source>Get a new code and enter it exactly as shown.</source>
        <translation>Obtenha um novo código e insira-o exatamente como mostrado.</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code…</source>
        <translation>Aguardando você inserir o código…</translation>
    </message>
    <message>
        <source>Sign-in on the other device isn&apos;t finished yet.</source>
        <translation>A entrada no outro dispositivo ainda não foi concluída.</translation>
    </message>
    <message>
        <source>Enter the code shown and sign in.</source>
        <translation>Insira o código mostrado e entre.</translation>
    </message>
    <message>
        <source>Sign-in returned to an unexpected address.</source>
        <translation>A entrada retornou para um endereço inesperado.</translation>
    </message>
    <message>
        <source>The answer didn&apos;t come back to the wizard&apos;s redirect URI.</source>
        <translation>A resposta não voltou para o URI de redirecionamento do assistente.</translation>
    </message>
    <message>
        <source>Please start sign-in again.</source>
        <translation>Inicie a entrada novamente.</translation>
    </message>
    <message>
        <source>The wizard couldn&apos;t reach Microsoft.</source>
        <translation>O assistente não conseguiu acessar a Microsoft.</translation>
    </message>
    <message>
        <source>The wizard couldn&apos;t reach %1.</source>
        <translation>O assistente não conseguiu acessar %1.</translation>
    </message>
    <message>
        <source>The server didn&apos;t answer in time.</source>
        <translation>O servidor não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The connection failed: %1.</source>
        <translation>A conexão falhou: %1.</translation>
    </message>
    <message>
        <source>Check your network connection and proxy settings, then retry.</source>
        <translation>Verifique sua conexão de rede e as configurações de proxy e tente novamente.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>A operação foi cancelada.</translation>
    </message>
    <message>
        <source>Microsoft Graph answered with HTTP status %1.</source>
        <translation>O Microsoft Graph respondeu com o status HTTP %1.</translation>
    </message>
    <message>
        <source>Retry the step. If it keeps failing, send the diagnostics (with the request ID) to support.</source>
        <translation>Repita a etapa. Se continuar falhando, envie o diagnóstico (com a ID da solicitação) ao suporte.</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach Microsoft sign-in.</source>
        <translation>Não foi possível acessar o logon da Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft sign-in failed.</source>
        <translation>O logon da Microsoft falhou.</translation>
    </message>
    <message>
        <source>Microsoft returned an error the wizard doesn&apos;t know.</source>
        <translation>A Microsoft retornou um erro que o assistente não conhece.</translation>
    </message>
    <message>
        <source>Try signing in again. If it keeps failing, send the diagnostics (with the correlation ID) to support.</source>
        <translation>Tente entrar novamente. Se continuar falhando, envie o diagnóstico (com a ID de correlação) ao suporte.</translation>
    </message>
</context>
<context>
    <name>FederationMetadata</name>
    <message>
        <source>Download &quot;Federation Metadata XML&quot; again from the Insightly SAML application in Entra (Single sign-on, SAML Certificates), or use &quot;Certificate (Base64)&quot; instead.</source>
        <translation>Baixe novamente o &quot;XML de Metadados de Federação&quot; do aplicativo Insightly SAML no Entra (Logon único, Certificados SAML) ou use o &quot;Certificado (Base64)&quot;.</translation>
    </message>
    <message>
        <source>The metadata file is empty.</source>
        <translation>O arquivo de metadados está vazio.</translation>
    </message>
    <message>
        <source>It contains no XML.</source>
        <translation>Ele não contém XML.</translation>
    </message>
    <message>
        <source>This file is not Entra federation metadata.</source>
        <translation>Este arquivo não é de metadados de federação do Entra.</translation>
    </message>
    <message>
        <source>It declares a document type (DTD), which metadata never does.</source>
        <translation>Ele declara um tipo de documento (DTD), o que os metadados nunca fazem.</translation>
    </message>
    <message>
        <source>It is a web page (HTML), perhaps a sign-in page saved instead of the download.</source>
        <translation>É uma página da Web (HTML), talvez uma página de entrada salva no lugar do download.</translation>
    </message>
    <message>
        <source>Its top element is &lt;%1&gt;, not &lt;EntityDescriptor&gt;.</source>
        <translation>O elemento principal é &lt;%1&gt;, não &lt;EntityDescriptor&gt;.</translation>
    </message>
    <message>
        <source>A certificate in the metadata cannot be read.</source>
        <translation>Um certificado nos metadados não pode ser lido.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>linha %1, coluna %2: %3</translation>
    </message>
    <message>
        <source>The metadata file is damaged.</source>
        <translation>O arquivo de metadados está danificado.</translation>
    </message>
    <message>
        <source>It is not well-formed XML (%1); it may have been cut off or edited.</source>
        <translation>Não é um XML bem formado (%1); pode ter sido cortado ou editado.</translation>
    </message>
    <message>
        <source>The metadata holds no SAML signing certificate.</source>
        <translation>Os metadados não contêm um certificado de assinatura SAML.</translation>
    </message>
    <message>
        <source>It has no &lt;KeyDescriptor use=&quot;signing&quot;&gt; under &lt;IDPSSODescriptor&gt;.</source>
        <translation>Não há &lt;KeyDescriptor use=&quot;signing&quot;&gt; em &lt;IDPSSODescriptor&gt;.</translation>
    </message>
    <message>
        <source>Download &quot;Federation Metadata XML&quot; again from the Insightly SAML application in Entra (Single sign-on, SAML Certificates).</source>
        <translation>Baixe novamente o &quot;XML de Metadados de Federação&quot; do aplicativo Insightly SAML no Entra (Logon único, Certificados SAML).</translation>
    </message>
    <message>
        <source>The metadata file</source>
        <translation>O arquivo de metadados</translation>
    </message>
    <message>
        <source>The metadata file can&apos;t be read.</source>
        <translation>Não é possível ler o arquivo de metadados.</translation>
    </message>
    <message>
        <source>Its text isn&apos;t UTF-8, and it names no other encoding: it was probably converted or damaged after the download.</source>
        <translation>O texto dele não está em UTF-8 e não indica outra codificação: provavelmente foi convertido ou danificado depois do download.</translation>
    </message>
    <message>
        <source>It declares a document type (DTD), which metadata never does; the wizard doesn&apos;t read such files.</source>
        <translation>Ele declara um tipo de documento (DTD), o que metadados nunca fazem; o assistente não lê arquivos assim.</translation>
    </message>
    <message>
        <source>An element in it has far more attributes than metadata ever has.</source>
        <translation>Um elemento dele tem muito mais atributos do que metadados jamais têm.</translation>
    </message>
    <message>
        <source>Its elements nest far deeper than metadata ever does.</source>
        <translation>Os elementos dele estão aninhados muito mais fundo do que em metadados.</translation>
    </message>
    <message>
        <source>It has far more elements than metadata ever has.</source>
        <translation>Ele tem muito mais elementos do que metadados jamais têm.</translation>
    </message>
</context>
<context>
    <name>GalleryApplication</name>
    <message>
        <source>Waiting for Microsoft Entra to finish creating the application… seen %1 of %2 times</source>
        <translation>Aguardando o Microsoft Entra terminar de criar o aplicativo… visto %1 de %2 vezes</translation>
    </message>
    <message>
        <source>Microsoft Entra did not finish creating the application in time.</source>
        <translation>O Microsoft Entra não terminou de criar o aplicativo a tempo.</translation>
    </message>
    <message>
        <source>The new application was not readable consistently (replication).</source>
        <translation>O novo aplicativo não pôde ser lido de forma consistente (replicação).</translation>
    </message>
    <message>
        <source>Wait a few minutes and run this step again; it continues with the same application instead of creating another.</source>
        <translation>Aguarde alguns minutos e execute esta etapa novamente; ela continua com o mesmo aplicativo em vez de criar outro.</translation>
    </message>
    <message>
        <source>Looking for an Insightly SAML application made earlier…</source>
        <translation>Procurando um aplicativo Insightly SAML criado anteriormente…</translation>
    </message>
    <message>
        <source>Several Insightly SAML applications exist; choose the one to use.</source>
        <translation>Existem vários aplicativos Insightly SAML; escolha o que deve ser usado.</translation>
    </message>
    <message>
        <source>Adding Insightly SAML from the gallery…</source>
        <translation>Adicionando o Insightly SAML da galeria…</translation>
    </message>
    <message>
        <source>Insightly SAML was added; waiting for Microsoft Entra to finish creating it…</source>
        <translation>O Insightly SAML foi adicionado; aguardando o Microsoft Entra terminar de criá-lo…</translation>
    </message>
    <message>
        <source>Microsoft Entra did not answer; checking whether the application was added…</source>
        <translation>O Microsoft Entra não respondeu; verificando se o aplicativo foi adicionado…</translation>
    </message>
    <message>
        <source>Insightly SAML could not be added.</source>
        <translation>Não foi possível adicionar o Insightly SAML.</translation>
    </message>
    <message>
        <source>Microsoft Entra did not answer the request to add the application.</source>
        <translation>O Microsoft Entra não respondeu à solicitação para adicionar o aplicativo.</translation>
    </message>
    <message>
        <source>Check the network connection and run this step again; the wizard first looks for an application that may have been added.</source>
        <translation>Verifique a conexão de rede e execute esta etapa novamente; o assistente procura primeiro um aplicativo que possa ter sido adicionado.</translation>
    </message>
    <message>
        <source>The application object of Insightly SAML was not found.</source>
        <translation>O objeto de aplicativo do Insightly SAML não foi encontrado.</translation>
    </message>
    <message>
        <source>Microsoft Entra lists the enterprise application but not its application registration.</source>
        <translation>O Microsoft Entra lista o aplicativo empresarial, mas não o registro de aplicativo dele.</translation>
    </message>
    <message>
        <source>Wait a few minutes and run this step again.</source>
        <translation>Aguarde alguns minutos e execute esta etapa novamente.</translation>
    </message>
    <message>
        <source>Waiting for Microsoft Entra to list the application…</source>
        <translation>Aguardando o Microsoft Entra listar o aplicativo…</translation>
    </message>
    <message>
        <source>Using the existing Insightly SAML application.</source>
        <translation>Usando o aplicativo Insightly SAML existente.</translation>
    </message>
    <message>
        <source>Looking for the Insightly SAML application of the existing setup…</source>
        <translation>Procurando o aplicativo Insightly SAML da configuração existente…</translation>
    </message>
    <message>
        <source>No Insightly SAML application was found in this tenant.</source>
        <translation>Nenhum aplicativo Insightly SAML foi encontrado neste locatário.</translation>
    </message>
    <message>
        <source>No enterprise application made from the Insightly SAML gallery entry exists, so there is no setup to work on.</source>
        <translation>Não existe nenhum aplicativo empresarial criado a partir da entrada Insightly SAML da galeria, portanto não há configuração para trabalhar.</translation>
    </message>
    <message>
        <source>Check that you signed in to the right tenant, or run a new setup first.</source>
        <translation>Verifique se você entrou no locatário correto ou execute primeiro uma nova configuração.</translation>
    </message>
</context>
<context>
    <name>GalleryLookup</name>
    <message>
        <source>Looking for the application from the last run…</source>
        <translation>Procurando o aplicativo da última execução…</translation>
    </message>
    <message>
        <source>Looking for Insightly SAML in the Microsoft Entra gallery…</source>
        <translation>Procurando o Insightly SAML na galeria do Microsoft Entra…</translation>
    </message>
    <message>
        <source>Insightly SAML was not found in the Microsoft Entra application gallery.</source>
        <translation>O Insightly SAML não foi encontrado na galeria de aplicativos do Microsoft Entra.</translation>
    </message>
    <message>
        <source>The gallery returned no application named &quot;Insightly SAML&quot;. The older &quot;Insightly&quot; entry offers only linked sign-on and cannot be used for SAML and provisioning.</source>
        <translation>A galeria não retornou nenhum aplicativo chamado &quot;Insightly SAML&quot;. A entrada mais antiga &quot;Insightly&quot; oferece apenas logon vinculado e não pode ser usada para SAML e provisionamento.</translation>
    </message>
    <message>
        <source>Check in the Entra admin center (Enterprise applications &gt; New application) that &quot;Insightly SAML&quot; is listed, then run this step again.</source>
        <translation>Verifique no centro de administração do Entra (Aplicativos empresariais &gt; Novo aplicativo) se &quot;Insightly SAML&quot; está listado e execute esta etapa novamente.</translation>
    </message>
    <message>
        <source>The Microsoft Entra gallery lists Insightly SAML more than once.</source>
        <translation>A galeria do Microsoft Entra lista o Insightly SAML mais de uma vez.</translation>
    </message>
    <message numerus="yes">
        <source>%n gallery applications are named &quot;Insightly SAML&quot;; the wizard cannot tell which one is right.</source>
        <translation>
            <numerusform>%n aplicativo da galeria se chama &quot;Insightly SAML&quot;; o assistente não consegue saber qual é o correto.</numerusform>
            <numerusform>%n aplicativos da galeria se chamam &quot;Insightly SAML&quot;; o assistente não consegue saber qual é o correto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Insightly SAML by hand in the Entra admin center, then run the wizard again: it finds the application you added.</source>
        <translation>Adicione o Insightly SAML manualmente no centro de administração do Entra e execute o assistente novamente: ele encontra o aplicativo que você adicionou.</translation>
    </message>
    <message>
        <source>The Insightly SAML gallery application does not offer what the wizard needs.</source>
        <translation>O aplicativo Insightly SAML da galeria não oferece o que o assistente precisa.</translation>
    </message>
    <message>
        <source>It must support SAML single sign-on and automatic provisioning (SCIM); Entra lists sign-on modes &quot;%1&quot; and provisioning types &quot;%2&quot;.</source>
        <translation>Ele deve oferecer suporte a logon único SAML e provisionamento automático (SCIM); o Entra lista os modos de logon &quot;%1&quot; e os tipos de provisionamento &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Set up Insightly by hand following Insightly&apos;s article, or contact Microsoft support about the gallery entry.</source>
        <translation>Configure o Insightly manualmente seguindo o artigo do Insightly, ou entre em contato com o suporte da Microsoft sobre a entrada da galeria.</translation>
    </message>
</context>
<context>
    <name>HealthVerdict</name>
    <message>
        <source>Run the wizard and choose &quot;Check the status of an existing setup&quot;.</source>
        <translation>Execute o assistente e escolha &quot;Verificar o status de uma configuração existente&quot;.</translation>
    </message>
    <message>
        <source>The SAML signing certificate has expired: nobody can sign in.</source>
        <translation>O certificado de assinatura SAML expirou: ninguém consegue entrar.</translation>
    </message>
    <message numerus="yes">
        <source>The SAML signing certificate expires in %n day(s).</source>
        <translation>
            <numerusform>O certificado de assinatura SAML expira em %n dia.</numerusform>
            <numerusform>O certificado de assinatura SAML expira em %n dias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insightly holds certificate %1, but Entra signs with %2: sign-ins are rejected.</source>
        <translation>O Insightly tem o certificado %1, mas o Entra assina com %2: as entradas são rejeitadas.</translation>
    </message>
    <message>
        <source>Upload the active certificate to Insightly, or run the wizard again and choose &quot;Rotate the SAML signing certificate&quot;.</source>
        <translation>Carregue o certificado ativo no Insightly ou execute o assistente novamente e escolha &quot;Fazer a rotação do certificado de assinatura SAML de uma configuração existente&quot;.</translation>
    </message>
    <message>
        <source>Run the wizard once and sign in: the check uses the saved session.</source>
        <translation>Execute o assistente uma vez e entre: a verificação usa a sessão salva.</translation>
    </message>
    <message numerus="yes">
        <source>The SCIM token was saved %n day(s) ago.</source>
        <translation>
            <numerusform>O token SCIM foi salvo há %n dia.</numerusform>
            <numerusform>O token SCIM foi salvo há %n dias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the wizard again and choose &quot;Rotate the SCIM token&quot;.</source>
        <translation>Execute o assistente novamente e escolha &quot;Fazer a rotação do token SCIM de uma configuração existente&quot;.</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Íntegra</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Não é possível determinar</translation>
    </message>
    <message>
        <source>Insightly SSO: %1</source>
        <translation>SSO do Insightly: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Ação: %1</translation>
    </message>
    <message>
        <source>Insightly SSO setup check — %1</source>
        <translation>Verificação da configuração de SSO do Insightly — %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Locatário: %1</translation>
    </message>
    <message>
        <source>Tenant: %1 (%2)</source>
        <translation>Locatário: %1 (%2)</translation>
    </message>
    <message>
        <source>Insightly: %1</source>
        <translation>Insightly: %1</translation>
    </message>
    <message>
        <source>Status: %1 (exit status %2)</source>
        <translation>Status: %1 (status de saída %2)</translation>
    </message>
    <message>
        <source>Run the wizard on this computer to set up single sign-on (or pass --tenant with the tenant id of a setup made here).</source>
        <translation>Execute o assistente neste computador para configurar o logon único (ou passe --tenant com a ID de locatário de uma configuração feita aqui).</translation>
    </message>
    <message>
        <source>Run the wizard, sign in and choose &quot;Check the status of an existing setup&quot;: the check then uses that saved session.</source>
        <translation>Execute o assistente, entre e escolha &quot;Verificar o status de uma configuração existente&quot;: a verificação passa a usar essa sessão salva.</translation>
    </message>
</context>
<context>
    <name>InsightlyJournal</name>
    <message>
        <source>Asked to upload the new SAML signing certificate in Insightly&apos;s SAML settings.</source>
        <translation>Foi pedido para carregar o novo certificado de assinatura SAML nas configurações SAML do Insightly.</translation>
    </message>
    <message>
        <source>Asked to upload the SAML signing certificate in Insightly&apos;s SAML settings.</source>
        <translation>Foi pedido para carregar o certificado de assinatura SAML nas configurações SAML do Insightly.</translation>
    </message>
    <message>
        <source>Asked to enter Entra&apos;s Login URL and Identifier in Insightly&apos;s SAML settings.</source>
        <translation>Foi pedido para inserir a URL de logon e o identificador do Entra nas configurações SAML do Insightly.</translation>
    </message>
    <message>
        <source>Insightly accepted a SAML sign-in from Entra.</source>
        <translation>O Insightly aceitou uma entrada SAML vinda do Entra.</translation>
    </message>
    <message>
        <source>Insightly did not accept the SAML sign-in from Entra.</source>
        <translation>O Insightly não aceitou a entrada SAML vinda do Entra.</translation>
    </message>
    <message>
        <source>Asked to tick Enforce SAML Login in Insightly&apos;s SAML settings, now that a sign-in worked.</source>
        <translation>Foi pedido para marcar Enforce SAML Login nas configurações SAML do Insightly, agora que uma entrada funcionou.</translation>
    </message>
    <message>
        <source>The administrator confirmed that Enforce SAML Login is ticked.</source>
        <translation>O administrador confirmou que Enforce SAML Login está marcado.</translation>
    </message>
    <message>
        <source>Insightly&apos;s certificate now matches the one Entra signs with.</source>
        <translation>O certificado do Insightly agora corresponde ao que o Entra usa para assinar.</translation>
    </message>
    <message>
        <source>Insightly shows another certificate than the one Entra signs with.</source>
        <translation>O Insightly mostra um certificado diferente do que o Entra usa para assinar.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint answered the wizard&apos;s checks with the token.</source>
        <translation>O ponto de extremidade SCIM do Insightly passou nas verificações do assistente com o token.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint did not pass the wizard&apos;s checks: %1</source>
        <translation>O ponto de extremidade SCIM do Insightly não passou nas verificações do assistente: %1</translation>
    </message>
    <message>
        <source>Asked to enable SCIM provisioning in Insightly and copy its endpoint and token into the wizard.</source>
        <translation>Foi pedido para habilitar o provisionamento SCIM no Insightly e copiar o ponto de extremidade e o token para o assistente.</translation>
    </message>
    <message>
        <source>Asked to regenerate the SCIM token in Insightly and copy the new one into the wizard.</source>
        <translation>Foi pedido para gerar novamente o token SCIM no Insightly e copiar o novo para o assistente.</translation>
    </message>
</context>
<context>
    <name>InsightlyUrls</name>
    <message>
        <source>The Sign-in page URL is empty.</source>
        <translation>A &quot;Sign-in page URL&quot; está vazia.</translation>
    </message>
    <message>
        <source>The wizard needs Insightly&apos;s Sign-in page URL to configure single sign-on.</source>
        <translation>O assistente precisa da &quot;Sign-in page URL&quot; do Insightly para configurar o logon único.</translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the URL.</source>
        <translation>Espaços, quebras de linha ou aspas ao redor da URL foram removidos.</translation>
    </message>
    <message>
        <source>They come along when copying from mail or documents; a URL never contains them.</source>
        <translation>Eles vêm junto ao copiar de emails ou documentos; uma URL nunca os contém.</translation>
    </message>
    <message>
        <source>Nothing to do; check that the URL below is the one Insightly shows.</source>
        <translation>Nada a fazer; verifique se a URL abaixo é a que o Insightly mostra.</translation>
    </message>
    <message>
        <source>Added https:// in front of the address.</source>
        <translation>https:// foi adicionado antes do endereço.</translation>
    </message>
    <message>
        <source>The pasted text started with the host name.</source>
        <translation>O texto colado começava com o nome do host.</translation>
    </message>
    <message>
        <source>That is not a web address.</source>
        <translation>Isso não é um endereço da Web.</translation>
    </message>
    <message>
        <source>A Sign-in page URL starts with https:// followed by crm.&lt;pod&gt;.insightly.com.</source>
        <translation>Uma &quot;Sign-in page URL&quot; começa com https:// seguido de crm.&lt;pod&gt;.insightly.com.</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s SCIM endpoint, not the Sign-in page URL.</source>
        <translation>Esse é o ponto de extremidade SCIM do Insightly, não a &quot;Sign-in page URL&quot;.</translation>
    </message>
    <message>
        <source>The SCIM endpoint is for provisioning (Tenant URL), a later step.</source>
        <translation>O ponto de extremidade SCIM é para o provisionamento (URL do Locatário), uma etapa posterior.</translation>
    </message>
    <message>
        <source>That is the SAML settings page; copy the Sign-in page URL shown on it.</source>
        <translation>Essa é a página de configurações de SAML; copie a &quot;Sign-in page URL&quot; mostrada nela.</translation>
    </message>
    <message>
        <source>The settings page&apos;s own address is not the value Entra needs.</source>
        <translation>O endereço da própria página de configurações não é o valor de que o Entra precisa.</translation>
    </message>
    <message>
        <source>That is an Insightly page (%1), but not the Sign-in page URL.</source>
        <translation>Essa é uma página do Insightly (%1), mas não a &quot;Sign-in page URL&quot;.</translation>
    </message>
    <message>
        <source>The Sign-in page URL ends in /user/saml?instanceId=…</source>
        <translation>A &quot;Sign-in page URL&quot; termina em /user/saml?instanceId=…</translation>
    </message>
    <message>
        <source>The Sign-in page URL must start with https://, not http://.</source>
        <translation>A &quot;Sign-in page URL&quot; deve começar com https://, não com http://.</translation>
    </message>
    <message>
        <source>Entra posts the sign-in to this address; it has to be encrypted.</source>
        <translation>O Entra envia a entrada para este endereço; ele precisa ser criptografado.</translation>
    </message>
    <message>
        <source>Use %1, exactly as Insightly shows it.</source>
        <translation>Use %1, exatamente como o Insightly mostra.</translation>
    </message>
    <message>
        <source>The Sign-in page URL is missing its instanceId.</source>
        <translation>Falta o instanceId na &quot;Sign-in page URL&quot;.</translation>
    </message>
    <message>
        <source>Insightly tells its instances apart by the ?instanceId=… part at the end; the copied text stops before it.</source>
        <translation>O Insightly distingue suas instâncias pela parte ?instanceId=… no final; o texto copiado termina antes dela.</translation>
    </message>
    <message>
        <source>The Insightly pod &quot;%1&quot; is not one the wizard knows (na1, eu1, au1).</source>
        <translation>O pod &quot;%1&quot; do Insightly não é um dos que o assistente conhece (na1, eu1, au1).</translation>
    </message>
    <message>
        <source>Insightly may run more pods than it documents.</source>
        <translation>O Insightly pode operar mais pods do que documenta.</translation>
    </message>
    <message>
        <source>Check that the address is exactly the one Insightly shows; if it is, go on.</source>
        <translation>Verifique se o endereço é exatamente o que o Insightly mostra; se for, continue.</translation>
    </message>
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, and copy the Sign-in page URL shown there (it looks like https://crm.na1.insightly.com/user/saml?instanceId=…).</source>
        <translation>No Insightly, abra &quot;System Settings&quot;, &quot;Security&quot;, &quot;SAML and SCIM&quot; e copie a &quot;Sign-in page URL&quot; mostrada ali (ela se parece com https://crm.na1.insightly.com/user/saml?instanceId=…).</translation>
    </message>
    <message>
        <source>The wizard needs Insightly&apos;s Sign-in page URL, which Entra uses as Identifier (Entity ID) and Reply URL.</source>
        <translation>O assistente precisa da &quot;Sign-in page URL&quot; do Insightly, que o Entra usa como Identificador (ID da Entidade) e URL de Resposta.</translation>
    </message>
    <message>
        <source>That is a Microsoft Entra sign-in address (%1), not Insightly&apos;s Sign-in page URL.</source>
        <translation>Esse é um endereço de entrada do Microsoft Entra (%1), não a &quot;Sign-in page URL&quot; do Insightly.</translation>
    </message>
    <message>
        <source>Entra&apos;s Login URL goes into Insightly; here the wizard needs the opposite direction: Insightly&apos;s own address.</source>
        <translation>A URL de Logon do Entra vai para o Insightly; aqui o assistente precisa da direção oposta: o próprio endereço do Insightly.</translation>
    </message>
    <message>
        <source>That is the My Apps portal (%1), where users start Insightly after setup, not Insightly&apos;s Sign-in page URL.</source>
        <translation>Esse é o portal Meus Aplicativos (%1), onde os usuários iniciam o Insightly após a configuração, não a &quot;Sign-in page URL&quot; do Insightly.</translation>
    </message>
    <message>
        <source>That is a page of the Microsoft admin portal (%1), not Insightly&apos;s Sign-in page URL.</source>
        <translation>Essa é uma página do portal de administração da Microsoft (%1), não a &quot;Sign-in page URL&quot; do Insightly.</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s REST API address (%1), not the Sign-in page URL.</source>
        <translation>Esse é o endereço da API REST do Insightly (%1), não a &quot;Sign-in page URL&quot;.</translation>
    </message>
    <message>
        <source>The Sign-in page URL is on crm.&lt;pod&gt;.insightly.com, not on api.&lt;pod&gt;.</source>
        <translation>A &quot;Sign-in page URL&quot; fica em crm.&lt;pod&gt;.insightly.com, não em api.&lt;pod&gt;.</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s public website or help centre (%1), not your Insightly instance&apos;s Sign-in page URL.</source>
        <translation>Esse é o site público ou a central de ajuda do Insightly (%1), não a &quot;Sign-in page URL&quot; da sua instância do Insightly.</translation>
    </message>
    <message>
        <source>The address %1 is not an Insightly CRM address.</source>
        <translation>O endereço %1 não é um endereço do Insightly CRM.</translation>
    </message>
    <message>
        <source>Insightly&apos;s Sign-in page URL is on crm.&lt;pod&gt;.insightly.com, for example crm.na1.insightly.com.</source>
        <translation>A &quot;Sign-in page URL&quot; do Insightly fica em crm.&lt;pod&gt;.insightly.com, por exemplo crm.na1.insightly.com.</translation>
    </message>
</context>
<context>
    <name>KeychainErrors</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gerenciador de Credenciais do Windows</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>Chaveiro do macOS</translation>
    </message>
    <message>
        <source>the system keyring (Secret Service)</source>
        <translation>Chaveiro do sistema (Secret Service)</translation>
    </message>
    <message>
        <source>A saved credential couldn&apos;t be read from %1.</source>
        <translation>Não foi possível ler uma credencial salva (%1).</translation>
    </message>
    <message>
        <source>A credential couldn&apos;t be saved in %1.</source>
        <translation>Não foi possível salvar uma credencial (%1).</translation>
    </message>
    <message>
        <source>A saved credential couldn&apos;t be removed from %1.</source>
        <translation>Não foi possível remover uma credencial salva (%1).</translation>
    </message>
    <message>
        <source>Credential Manager (Control Panel)</source>
        <translation>Gerenciador de Credenciais (Painel de Controle)</translation>
    </message>
    <message>
        <source>Keychain Access</source>
        <translation>Acesso às Chaves</translation>
    </message>
    <message>
        <source>Passwords and Keys (Seahorse) or KWallet Manager</source>
        <translation>Senhas e Chaves (Seahorse) ou KWallet Manager</translation>
    </message>
    <message>
        <source>No secure password store (Secret Service) is running on this desktop.</source>
        <translation>Nenhum armazenamento seguro de senhas (Secret Service) está em execução nesta área de trabalho.</translation>
    </message>
    <message>
        <source>Install and start one — GNOME Keyring (gnome-keyring), KWallet, or KeePassXC with Secret Service enabled — and unlock it; then log out and back in and retry. Without it the wizard can&apos;t remember your sign-in or the SCIM token, and it never stores them unprotected.</source>
        <translation>Instale e inicie um — GNOME Keyring (gnome-keyring), KWallet ou KeePassXC com o Secret Service habilitado — e desbloqueie-o; depois saia da sessão, entre novamente e tente outra vez. Sem ele, o assistente não consegue lembrar sua entrada nem o token SCIM, e nunca os armazena sem proteção.</translation>
    </message>
    <message>
        <source>This session has no desktop message bus (D-Bus), so the password store can&apos;t be reached.</source>
        <translation>Esta sessão não tem um barramento de mensagens da área de trabalho (D-Bus), portanto o armazenamento de senhas não pode ser acessado.</translation>
    </message>
    <message>
        <source>Run the wizard inside a normal desktop session (or start one with dbus-run-session), with GNOME Keyring or KWallet unlocked, and retry.</source>
        <translation>Execute o assistente em uma sessão normal da área de trabalho (ou inicie uma com dbus-run-session), com o GNOME Keyring ou o KWallet desbloqueado, e tente novamente.</translation>
    </message>
    <message>
        <source>The macOS keychain is locked and can&apos;t ask for your password in this session.</source>
        <translation>O chaveiro do macOS está bloqueado e não pode pedir sua senha nesta sessão.</translation>
    </message>
    <message>
        <source>Unlock it (log in at the console, or run `security unlock-keychain ~/Library/Keychains/login.keychain-db`) and retry.</source>
        <translation>Desbloqueie-o (inicie a sessão no console ou execute `security unlock-keychain ~/Library/Keychains/login.keychain-db`) e tente novamente.</translation>
    </message>
    <message>
        <source>The keychain password was rejected.</source>
        <translation>A senha do chaveiro foi rejeitada.</translation>
    </message>
    <message>
        <source>If your Mac password was reset, update or reset the login keychain password in Keychain Access, then retry.</source>
        <translation>Se a senha do seu Mac foi redefinida, atualize ou redefina a senha do chaveiro de início de sessão no Acesso às Chaves e tente novamente.</translation>
    </message>
    <message>
        <source>macOS reports no usable keychain.</source>
        <translation>O macOS informa que não há nenhum chaveiro utilizável.</translation>
    </message>
    <message>
        <source>Restart the computer; if it persists, repair or reset the keychain in Keychain Access.</source>
        <translation>Reinicie o computador; se o problema persistir, repare ou redefina o chaveiro no Acesso às Chaves.</translation>
    </message>
    <message>
        <source>Windows denied access to Credential Manager.</source>
        <translation>O Windows negou o acesso ao Gerenciador de Credenciais.</translation>
    </message>
    <message>
        <source>Run the wizard as the signed-in user in a normal desktop session (not as a service or through remote tools) and retry.</source>
        <translation>Execute o assistente como o usuário conectado em uma sessão normal da área de trabalho (não como serviço nem por ferramentas remotas) e tente novamente.</translation>
    </message>
    <message>
        <source>Your system keyring is locked, and the prompt to unlock it was dismissed or couldn&apos;t be shown.</source>
        <translation>O chaveiro do sistema está bloqueado e a solicitação para desbloqueá-lo foi descartada ou não pôde ser exibida.</translation>
    </message>
    <message>
        <source>Unlock the &apos;Login&apos; keyring (Passwords and Keys, or KWallet) and retry. Setting the keyring password equal to your login password lets it unlock automatically.</source>
        <translation>Desbloqueie o chaveiro &apos;Login&apos; (Senhas e Chaves, ou KWallet) e tente novamente. Definir a senha do chaveiro igual à sua senha de início de sessão faz com que ele seja desbloqueado automaticamente.</translation>
    </message>
    <message>
        <source>The credential is larger than Windows Credential Manager accepts.</source>
        <translation>A credencial é maior do que o Gerenciador de Credenciais do Windows aceita.</translation>
    </message>
    <message>
        <source>Sign in again; the wizard stores it in smaller pieces. If it keeps failing, send the diagnostics to support.</source>
        <translation>Entre novamente; o assistente a armazena em partes menores. Se continuar falhando, envie o diagnóstico ao suporte.</translation>
    </message>
    <message>
        <source>The saved credential can&apos;t be read on this Windows account any more.</source>
        <translation>A credencial salva não pode mais ser lida nesta conta do Windows.</translation>
    </message>
    <message>
        <source>Sign in again; the wizard will replace it.</source>
        <translation>Entre novamente; o assistente a substituirá.</translation>
    </message>
    <message>
        <source>Windows Credential Manager refused to save it (%1).</source>
        <translation>O Gerenciador de Credenciais do Windows se recusou a salvá-la (%1).</translation>
    </message>
    <message>
        <source>Run the wizard in a normal desktop session (not as a service or through remote tools); clearing old entries in Credential Manager may help.</source>
        <translation>Execute o assistente em uma sessão normal da área de trabalho (não como serviço nem por ferramentas remotas); limpar entradas antigas no Gerenciador de Credenciais pode ajudar.</translation>
    </message>
    <message>
        <source>An entry with the same name already exists in the keychain.</source>
        <translation>Já existe um item com o mesmo nome no chaveiro.</translation>
    </message>
    <message>
        <source>Delete the existing &apos;Insightly SSO Setup&apos; entries in Keychain Access and retry.</source>
        <translation>Exclua os itens &apos;Insightly SSO Setup&apos; existentes no Acesso às Chaves e tente novamente.</translation>
    </message>
    <message>
        <source>The password store reported an unknown error.</source>
        <translation>O armazenamento de senhas relatou um erro desconhecido.</translation>
    </message>
    <message>
        <source>The password store reported: %1</source>
        <translation>O armazenamento de senhas relatou: %1</translation>
    </message>
    <message>
        <source>Retry. If it keeps failing you can continue, but you&apos;ll need to sign in again next time; send the diagnostics to support.</source>
        <translation>Tente novamente. Se continuar falhando, você pode prosseguir, mas precisará entrar novamente na próxima vez; envie o diagnóstico ao suporte.</translation>
    </message>
    <message>
        <source>Nothing is stored under this name.</source>
        <translation>Nada está armazenado com este nome.</translation>
    </message>
    <message>
        <source>Sign in again; the wizard will save it anew.</source>
        <translation>Entre novamente; o assistente a salvará de novo.</translation>
    </message>
    <message>
        <source>The password store refused to delete the entry.</source>
        <translation>O armazenamento de senhas se recusou a excluir o item.</translation>
    </message>
    <message>
        <source>Remove the &apos;Insightly SSO Setup&apos; entries manually in %1.</source>
        <translation>Remova manualmente os itens &apos;Insightly SSO Setup&apos; (use %1).</translation>
    </message>
    <message>
        <source>Access to %1 was declined.</source>
        <translation>O acesso foi recusado (%1).</translation>
    </message>
    <message>
        <source>Retry and choose Always Allow when macOS asks, or sign in each time.</source>
        <translation>Tente novamente e escolha Permitir Sempre quando o macOS perguntar, ou entre todas as vezes.</translation>
    </message>
    <message>
        <source>Retry and allow access when asked, or sign in each time.</source>
        <translation>Tente novamente e permita o acesso quando solicitado, ou entre todas as vezes.</translation>
    </message>
    <message>
        <source>%1 isn&apos;t available.</source>
        <translation>Indisponível: %1.</translation>
    </message>
    <message>
        <source>Restart the computer and retry.</source>
        <translation>Reinicie o computador e tente novamente.</translation>
    </message>
    <message>
        <source>Secure storage isn&apos;t supported on this system.</source>
        <translation>O armazenamento seguro não é compatível com este sistema.</translation>
    </message>
    <message>
        <source>You can continue, but you&apos;ll need to sign in each time.</source>
        <translation>Você pode continuar, mas precisará entrar todas as vezes.</translation>
    </message>
    <message>
        <source>%1 didn&apos;t answer within %2 seconds. It may be locked and waiting for a password prompt that isn&apos;t visible.</source>
        <translation>Sem resposta em %2 segundos (%1). O armazenamento pode estar bloqueado e aguardando uma solicitação de senha que não está visível.</translation>
    </message>
    <message>
        <source>Unlock your keyring (Passwords and Keys, or KWallet), answer any prompt it shows, and retry.</source>
        <translation>Desbloqueie seu chaveiro (Senhas e Chaves, ou KWallet), responda a qualquer solicitação que ele mostrar e tente novamente.</translation>
    </message>
    <message>
        <source>Answer any keychain prompt that is waiting (it may be behind other windows), unlock the keychain, and retry.</source>
        <translation>Responda a qualquer solicitação do chaveiro que esteja aguardando (ela pode estar atrás de outras janelas), desbloqueie o chaveiro e tente novamente.</translation>
    </message>
    <message>
        <source>A saved credential is damaged.</source>
        <translation>Uma credencial salva está danificada.</translation>
    </message>
    <message>
        <source>Its stored pieces don&apos;t fit together; saving it was probably interrupted.</source>
        <translation>As partes armazenadas não se encaixam; provavelmente o salvamento foi interrompido.</translation>
    </message>
    <message>
        <source>%1 is locked, so the credential saved there can&apos;t be seen. It hasn&apos;t been lost.</source>
        <translation>O armazenamento está bloqueado (%1), por isso a credencial salva nele não pode ser vista. Ela não foi perdida.</translation>
    </message>
    <message>
        <source>Unlock your keyring (Passwords and Keys, or KWallet, or sign in to the desktop again), then retry.</source>
        <translation>Desbloqueie seu chaveiro (Senhas e Chaves, ou KWallet, ou entre novamente na área de trabalho) e tente de novo.</translation>
    </message>
    <message>
        <source>Unlock the keychain, then retry.</source>
        <translation>Desbloqueie o chaveiro e tente novamente.</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectListener</name>
    <message>
        <source>Insightly SSO Setup</source>
        <translation>Insightly SSO Setup</translation>
    </message>
    <message>
        <source>You can close this tab and return to Insightly SSO Setup.</source>
        <translation>Você pode fechar esta guia e voltar para o Insightly SSO Setup.</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>add and configure the Insightly SAML application (steps 1–2)</source>
        <translation>adicionar e configurar o aplicativo Insightly SAML (etapas 1–2)</translation>
    </message>
    <message>
        <source>assign users and groups (step 4)</source>
        <translation>atribuir usuários e grupos (etapa 4)</translation>
    </message>
    <message>
        <source>connect and start SCIM provisioning (step 3)</source>
        <translation>conectar e iniciar o provisionamento SCIM (etapa 3)</translation>
    </message>
    <message>
        <source>find users to assign (step 4)</source>
        <translation>encontrar usuários para atribuir (etapa 4)</translation>
    </message>
    <message>
        <source>find groups to assign (step 4)</source>
        <translation>encontrar grupos para atribuir (etapa 4)</translation>
    </message>
    <message>
        <source>Your Entra role may manage enterprise applications</source>
        <translation>Sua função no Entra pode gerenciar aplicativos empresariais</translation>
    </message>
    <message>
        <source>Your roles could not be read.</source>
        <translation>Não foi possível ler suas funções.</translation>
    </message>
    <message>
        <source>No directory role</source>
        <translation>Nenhuma função de diretório</translation>
    </message>
    <message>
        <source>%1 does not hold a role that may set up enterprise applications.</source>
        <translation>%1 não tem uma função que possa configurar aplicativos empresariais.</translation>
    </message>
    <message>
        <source>Adding the application, configuring SAML and provisioning need Cloud Application Administrator or Application Administrator (or Global Administrator).</source>
        <translation>Adicionar o aplicativo e configurar o SAML e o provisionamento exigem Administrador de Aplicativos de Nuvem ou Administrador de Aplicativos (ou Administrador Global).</translation>
    </message>
    <message>
        <source>Ask a Privileged Role Administrator to give your account the Cloud Application Administrator role (Entra admin center › Roles and administrators), or sign in with an account that has it.</source>
        <translation>Peça a um Administrador de Função Privilegiada para atribuir à sua conta a função Administrador de Aplicativos de Nuvem (centro de administração do Entra › Funções e administradores), ou entre com uma conta que a tenha.</translation>
    </message>
    <message>
        <source>Permission %1 — to %2</source>
        <translation>Permissão %1 — para %2</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedida</translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation>Não concedida</translation>
    </message>
    <message>
        <source>The permission %1 was not granted to this sign-in.</source>
        <translation>A permissão %1 não foi concedida a esta entrada.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s consent settings may require an administrator to approve it.</source>
        <translation>As configurações de consentimento da sua organização podem exigir que um administrador a aprove.</translation>
    </message>
    <message>
        <source>Ask an administrator to grant consent for the whole organisation at %1, then sign in again.</source>
        <translation>Peça a um administrador para conceder consentimento para toda a organização em %1 e entre novamente.</translation>
    </message>
</context>
<context>
    <name>PrincipalSearchModel</name>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ProvisioningStatus</name>
    <message>
        <source>Provisioning stopped before disabling more users in Insightly than your safety limit allows.</source>
        <translation>O provisionamento parou antes de desabilitar no Insightly mais usuários do que o seu limite de segurança permite.</translation>
    </message>
    <message>
        <source>More users left the app&apos;s assignments in one cycle than the delete threshold.</source>
        <translation>Mais usuários saíram das atribuições do aplicativo em um ciclo do que o limite de exclusão.</translation>
    </message>
    <message>
        <source>Check the assignments. If the removals are intended, allow them and restart provisioning; if not, fix the assignments and restart.</source>
        <translation>Verifique as atribuições. Se as remoções forem intencionais, permita-as e reinicie o provisionamento; caso contrário, corrija as atribuições e reinicie.</translation>
    </message>
    <message>
        <source>Provisioning is paused because too many users failed.</source>
        <translation>O provisionamento está pausado porque muitos usuários falharam.</translation>
    </message>
    <message>
        <source>Microsoft stops a job when a large share of its operations fail.</source>
        <translation>A Microsoft interrompe um trabalho quando uma grande parte das operações falha.</translation>
    </message>
    <message>
        <source>Open the provisioning logs, fix the most common error, then restart provisioning.</source>
        <translation>Abra os logs de provisionamento, corrija o erro mais comum e reinicie o provisionamento.</translation>
    </message>
    <message>
        <source>Microsoft paused this provisioning job.</source>
        <translation>A Microsoft pausou este trabalho de provisionamento.</translation>
    </message>
    <message>
        <source>Microsoft detected a problem and quarantined the job.</source>
        <translation>A Microsoft detectou um problema e colocou o trabalho em quarentena.</translation>
    </message>
    <message>
        <source>Open a support request with Microsoft, quoting the job ID.</source>
        <translation>Abra uma solicitação de suporte com a Microsoft, informando a ID do trabalho.</translation>
    </message>
    <message>
        <source>Provisioning to Insightly is paused (quarantine): Microsoft can&apos;t sign in to Insightly&apos;s SCIM endpoint.</source>
        <translation>O provisionamento para o Insightly está pausado (quarentena): a Microsoft não consegue entrar no ponto de extremidade SCIM do Insightly.</translation>
    </message>
    <message>
        <source>The Secret Token was regenerated or has expired, or the SCIM URL changed.</source>
        <translation>O Token Secreto foi regenerado ou expirou, ou a URL do SCIM mudou.</translation>
    </message>
    <message>
        <source>In Insightly, copy the current SCIM token (and endpoint), paste the new token here, test the connection, and save: the wizard then restarts provisioning.</source>
        <translation>No Insightly, copie o token SCIM atual (e o ponto de extremidade), cole o novo token aqui, teste a conexão e salve: o assistente então reinicia o provisionamento.</translation>
    </message>
    <message>
        <source>Provisioning is paused for a reason Microsoft doesn&apos;t explain (%1).</source>
        <translation>O provisionamento está pausado por um motivo que a Microsoft não explica (%1).</translation>
    </message>
    <message>
        <source>Check the provisioning logs; if nothing stands out, restart provisioning or contact Microsoft support.</source>
        <translation>Verifique os logs de provisionamento; se nada se destacar, reinicie o provisionamento ou entre em contato com o suporte da Microsoft.</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Concluído com êxito</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Finished with errors for some users or groups</source>
        <translation>Concluído com erros em alguns usuários ou grupos</translation>
    </message>
</context>
<context>
    <name>ReadableViews</name>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <comment>the clear button of a text field</comment>
        <translation>Limpar: %1</translation>
    </message>
</context>
<context>
    <name>RemovalPlan</name>
    <message>
        <source>The Insightly SAML enterprise application this wizard added (object id %1), with its signing certificates, user and group assignments and provisioning job.</source>
        <translation>O aplicativo empresarial Insightly SAML que este assistente adicionou (ID do objeto %1), com os certificados de assinatura, as atribuições de usuários e grupos e o trabalho de provisionamento.</translation>
    </message>
    <message>
        <source>The Insightly SAML application (object id %1): it existed before this wizard used it, so the wizard does not delete it. Remove it in the Entra admin center under Enterprise applications if it is no longer needed.</source>
        <translation>O aplicativo Insightly SAML (ID do objeto %1): ele já existia antes de este assistente usá-lo, então o assistente não o exclui. Remova-o no centro de administração do Entra, em Aplicativos empresariais, se ele não for mais necessário.</translation>
    </message>
    <message>
        <source>The SCIM token and the Insightly API key this wizard kept in the system keychain.</source>
        <translation>O token SCIM e a chave de API do Insightly que este assistente guardou no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>The wizard&apos;s saved progress for this setup (your sign-in to Entra is kept).</source>
        <translation>O progresso salvo do assistente para esta configuração (sua entrada no Entra é mantida).</translation>
    </message>
    <message>
        <source>Microsoft Entra keeps a deleted application for 30 days: it can be restored under App registrations › Deleted applications.</source>
        <translation>O Microsoft Entra mantém um aplicativo excluído por 30 dias: ele pode ser restaurado em Registros de aplicativo › Aplicativos excluídos.</translation>
    </message>
    <message>
        <source>First, in Insightly under System Settings › Security › SAML and SCIM, untick Enforce SAML Login — once the application is gone, nobody can sign in to Insightly through Microsoft Entra.</source>
        <translation>Primeiro, no Insightly, em &quot;System Settings › Security › SAML and SCIM&quot;, desmarque &quot;Enforce SAML Login&quot; — depois que o aplicativo for removido, ninguém poderá entrar no Insightly pelo Microsoft Entra.</translation>
    </message>
    <message>
        <source>Then remove the identity provider settings (the certificate) there, and turn SCIM provisioning off or regenerate its token so that the old one stops working.</source>
        <translation>Depois, remova ali as configurações do provedor de identidade (o certificado) e desative o provisionamento SCIM ou gere o token novamente para que o antigo pare de funcionar.</translation>
    </message>
</context>
<context>
    <name>SamlConfiguration</name>
    <message>
        <source>The Insightly sign-in page URL is missing or not a valid URL.</source>
        <translation>A &quot;Sign-in page URL&quot; do Insightly está ausente ou não é uma URL válida.</translation>
    </message>
    <message>
        <source>Entra needs it as the application&apos;s Identifier and Reply URL.</source>
        <translation>O Entra precisa dela como Identificador e URL de Resposta do aplicativo.</translation>
    </message>
    <message>
        <source>Go back to the Insightly step and enter the Sign-in page URL that Insightly shows under System Settings &gt; SAML.</source>
        <translation>Volte à etapa do Insightly e insira a &quot;Sign-in page URL&quot; que o Insightly mostra em &quot;System Settings&quot; &gt; &quot;SAML&quot;.</translation>
    </message>
    <message>
        <source>Checking the single sign-on mode…</source>
        <translation>Verificando o modo de logon único…</translation>
    </message>
    <message>
        <source>Turning on SAML single sign-on…</source>
        <translation>Ativando o logon único SAML…</translation>
    </message>
    <message>
        <source>Setting the Identifier and Reply URL to %1…</source>
        <translation>Definindo o Identificador e a URL de Resposta como %1…</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Entra is still applying the SAML setting; trying again in %n s…</source>
        <translation>
            <numerusform>O Microsoft Entra ainda está aplicando a configuração SAML; tentando novamente em %n s…</numerusform>
            <numerusform>O Microsoft Entra ainda está aplicando a configuração SAML; tentando novamente em %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirming the SAML settings… seen %1 of %2 times</source>
        <translation>Confirmando as configurações SAML… visto %1 de %2 vezes</translation>
    </message>
    <message>
        <source>Microsoft Entra did not confirm the SAML settings in time.</source>
        <translation>O Microsoft Entra não confirmou as configurações SAML a tempo.</translation>
    </message>
    <message>
        <source>The changed settings were not read back consistently (replication).</source>
        <translation>As configurações alteradas não foram lidas de volta de forma consistente (replicação).</translation>
    </message>
    <message>
        <source>Wait a few minutes and run this step again; settings that are already right are not changed again.</source>
        <translation>Aguarde alguns minutos e execute esta etapa novamente; as configurações que já estão corretas não são alteradas de novo.</translation>
    </message>
    <message>
        <source>SAML single sign-on is set up with Identifier and Reply URL %1.</source>
        <translation>O logon único SAML está configurado com o Identificador e a URL de Resposta %1.</translation>
    </message>
</context>
<context>
    <name>SamlHandoffFiles</name>
    <message>
        <source>%1 could not be saved.</source>
        <translation>Não foi possível salvar %1.</translation>
    </message>
    <message>
        <source>Choose another folder and try again.</source>
        <translation>Escolha outra pasta e tente novamente.</translation>
    </message>
    <message>
        <source>The Federation Metadata XML could not be downloaded.</source>
        <translation>Não foi possível baixar o XML de Metadados de Federação.</translation>
    </message>
    <message>
        <source>Microsoft Entra answered HTTP %1; a new application or certificate can take a few minutes to be published.</source>
        <translation>O Microsoft Entra respondeu HTTP %1; um novo aplicativo ou certificado pode levar alguns minutos para ser publicado.</translation>
    </message>
    <message>
        <source>Wait a minute and try again, or upload the Certificate (Base64) to Insightly instead.</source>
        <translation>Aguarde um minuto e tente novamente, ou carregue o Certificado (Base64) no Insightly.</translation>
    </message>
    <message>
        <source>There is no active signing certificate yet.</source>
        <translation>Ainda não há um certificado de assinatura ativo.</translation>
    </message>
    <message>
        <source>The files carry the certificate Microsoft Entra signs with.</source>
        <translation>Os arquivos contêm o certificado com o qual o Microsoft Entra assina.</translation>
    </message>
    <message>
        <source>Complete the certificate step first.</source>
        <translation>Conclua primeiro a etapa do certificado.</translation>
    </message>
    <message>
        <source>The Federation Metadata XML cannot be downloaded.</source>
        <translation>Não é possível baixar o XML de Metadados de Federação.</translation>
    </message>
    <message>
        <source>The wizard has no network connection object.</source>
        <translation>O assistente não tem um objeto de conexão de rede.</translation>
    </message>
    <message>
        <source>Restart the wizard.</source>
        <translation>Reinicie o assistente.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
    <message>
        <source>The files are saved into an existing folder.</source>
        <translation>Os arquivos são salvos em uma pasta existente.</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Escolha outra pasta.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 já existe.</translation>
    </message>
    <message>
        <source>The wizard does not replace files without asking.</source>
        <translation>O assistente não substitui arquivos sem perguntar.</translation>
    </message>
    <message>
        <source>Allow replacing it, or choose another folder.</source>
        <translation>Permita substituí-lo ou escolha outra pasta.</translation>
    </message>
    <message>
        <source>Reading the signing certificate from Microsoft Entra…</source>
        <translation>Lendo o certificado de assinatura do Microsoft Entra…</translation>
    </message>
    <message>
        <source>The signing certificate %1 was not found on the application.</source>
        <translation>O certificado de assinatura %1 não foi encontrado no aplicativo.</translation>
    </message>
    <message>
        <source>It was removed or replaced since it was chosen.</source>
        <translation>Ele foi removido ou substituído depois de ter sido escolhido.</translation>
    </message>
    <message>
        <source>Go back to the certificate step and run it again.</source>
        <translation>Volte à etapa do certificado e execute-a novamente.</translation>
    </message>
    <message>
        <source>Downloading the Federation Metadata XML…</source>
        <translation>Baixando o XML de Metadados de Federação…</translation>
    </message>
    <message>
        <source>Microsoft Entra has not published the active certificate yet.</source>
        <translation>O Microsoft Entra ainda não publicou o certificado ativo.</translation>
    </message>
    <message>
        <source>The Federation Metadata XML still carries another signing certificate.</source>
        <translation>O XML de Metadados de Federação ainda contém outro certificado de assinatura.</translation>
    </message>
    <message>
        <source>The files for Insightly are saved in %1.</source>
        <translation>Os arquivos para o Insightly foram salvos em %1.</translation>
    </message>
</context>
<context>
    <name>SamlResponseCheck</name>
    <message>
        <source>The captured value is not a SAML response.</source>
        <translation>O valor capturado não é uma resposta SAML.</translation>
    </message>
    <message>
        <source>It is not Base64 text, so it cannot be decoded.</source>
        <translation>Não é um texto Base64, portanto não pode ser decodificado.</translation>
    </message>
    <message>
        <source>It is XML, but not a SAML protocol Response.</source>
        <translation>É XML, mas não é um Response do protocolo SAML.</translation>
    </message>
    <message>
        <source>The SAML response is damaged.</source>
        <translation>A resposta SAML está danificada.</translation>
    </message>
    <message>
        <source>It decodes, but is not well-formed XML: it was cut off or altered.</source>
        <translation>Ela é decodificada, mas não é um XML bem formado: foi cortada ou alterada.</translation>
    </message>
    <message>
        <source>Destination (Reply URL)</source>
        <translation>Destination (URL de Resposta)</translation>
    </message>
    <message>
        <source>Readable assertion</source>
        <translation>Asserção legível</translation>
    </message>
    <message>
        <source>encrypted assertion</source>
        <translation>asserção criptografada</translation>
    </message>
    <message>
        <source>(not present)</source>
        <translation>(ausente)</translation>
    </message>
    <message>
        <source>an unencrypted assertion</source>
        <translation>uma asserção não criptografada</translation>
    </message>
    <message>
        <source>The SAML assertion is encrypted.</source>
        <translation>A asserção SAML está criptografada.</translation>
    </message>
    <message>
        <source>Token encryption is turned on for the app in Entra; Insightly expects a signed, unencrypted assertion.</source>
        <translation>A criptografia de token está ativada para o aplicativo no Entra; o Insightly espera uma asserção assinada e não criptografada.</translation>
    </message>
    <message>
        <source>In Entra, Single sign-on, Token encryption: deactivate the encryption certificate, then sign in again.</source>
        <translation>No Entra, em Logon único, Criptografia de token: desative o certificado de criptografia e entre novamente.</translation>
    </message>
    <message>
        <source>The SAML response carries no assertion.</source>
        <translation>A resposta SAML não contém nenhuma asserção.</translation>
    </message>
    <message>
        <source>Entra reported success but sent no user information.</source>
        <translation>O Entra informou sucesso, mas não enviou nenhuma informação do usuário.</translation>
    </message>
    <message>
        <source>Sign in again through My Apps.</source>
        <translation>Entre novamente por meio de Meus Aplicativos.</translation>
    </message>
    <message>
        <source>Recipient (Reply URL)</source>
        <translation>Recipient (URL de Resposta)</translation>
    </message>
    <message>
        <source>In Entra open the Insightly SAML application, Single sign-on, Basic SAML Configuration, Edit</source>
        <translation>No Entra, abra o aplicativo Insightly SAML, Logon único, Configuração Básica de SAML, Editar</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Status da entrada</translation>
    </message>
    <message>
        <source>Read the status message, fix the cause in Entra, then sign in again.</source>
        <translation>Leia a mensagem de status, corrija a causa no Entra e entre novamente.</translation>
    </message>
    <message>
        <source>Assign the user (or a group they are in) to the Insightly SAML application in Entra (Users and groups), then sign in again.</source>
        <translation>Atribua o usuário (ou um grupo do qual ele faz parte) ao aplicativo Insightly SAML no Entra (Usuários e grupos) e entre novamente.</translation>
    </message>
    <message>
        <source>Entra did not sign the user in.</source>
        <translation>O Entra não concluiu a entrada do usuário.</translation>
    </message>
    <message>
        <source>The SAML response status is %1.</source>
        <translation>O status da resposta SAML é %1.</translation>
    </message>
    <message>
        <source>Issuer (Microsoft Entra Identifier)</source>
        <translation>Emissor (Identificador do Microsoft Entra)</translation>
    </message>
    <message>
        <source>The response was issued by %1, but this tenant&apos;s Microsoft Entra Identifier is %2.</source>
        <translation>A resposta foi emitida por %1, mas o Identificador do Microsoft Entra deste locatário é %2.</translation>
    </message>
    <message>
        <source>The sign-in happened in another tenant (or another identity provider) than the one the wizard set up.</source>
        <translation>A entrada ocorreu em outro locatário (ou outro provedor de identidade) diferente daquele que o assistente configurou.</translation>
    </message>
    <message>
        <source>Sign in to My Apps with an account of the tenant the wizard set up, then try again.</source>
        <translation>Entre em Meus Aplicativos com uma conta do locatário que o assistente configurou e tente novamente.</translation>
    </message>
    <message>
        <source>Reply URL in Entra is %1, but Insightly&apos;s Sign-in page URL is %2.</source>
        <translation>A URL de Resposta no Entra é %1, mas a &quot;Sign-in page URL&quot; do Insightly é %2.</translation>
    </message>
    <message>
        <source>Entra posts the response to its Reply URL and names it inside; Insightly refuses a response addressed elsewhere.</source>
        <translation>O Entra envia a resposta para a URL de Resposta e a indica dentro dela; o Insightly recusa uma resposta endereçada a outro lugar.</translation>
    </message>
    <message>
        <source>Set Reply URL (Assertion Consumer Service URL) to %1, save, and sign in again.</source>
        <translation>Defina a URL de Resposta (URL do Serviço do Consumidor de Declaração) como %1, salve e entre novamente.</translation>
    </message>
    <message>
        <source>Audience (Identifier, Entity ID)</source>
        <translation>Público (Identificador, ID da Entidade)</translation>
    </message>
    <message>
        <source>Identifier (Entity ID) in Entra is %1, the SAML response was for that audience, but Insightly expects %2.</source>
        <translation>O Identificador (ID da Entidade) no Entra é %1 e a resposta SAML foi para esse público, mas o Insightly espera %2.</translation>
    </message>
    <message>
        <source>Entra writes its Identifier (Entity ID) into the response&apos;s Audience; Insightly accepts only responses meant for its Sign-in page URL.</source>
        <translation>O Entra grava o Identificador (ID da Entidade) no Audience da resposta; o Insightly aceita somente respostas destinadas à sua &quot;Sign-in page URL&quot;.</translation>
    </message>
    <message>
        <source>Set Identifier (Entity ID) to %1 (and make it the default), save, and sign in again.</source>
        <translation>Defina o Identificador (ID da Entidade) como %1 (e torne-o o padrão), salve e entre novamente.</translation>
    </message>
    <message>
        <source>User identifier (NameID)</source>
        <translation>Identificador do usuário (NameID)</translation>
    </message>
    <message>
        <source>the user&apos;s email address</source>
        <translation>o endereço de email do usuário</translation>
    </message>
    <message>
        <source>The response carries no user identifier (NameID).</source>
        <translation>A resposta não contém um identificador de usuário (NameID).</translation>
    </message>
    <message>
        <source>The user identifier (NameID) %1 is not an email address.</source>
        <translation>O identificador de usuário (NameID) %1 não é um endereço de email.</translation>
    </message>
    <message>
        <source>Insightly finds the user by the email address in NameID; it must match the user&apos;s Insightly email.</source>
        <translation>O Insightly localiza o usuário pelo endereço de email no NameID; ele deve corresponder ao email do usuário no Insightly.</translation>
    </message>
    <message>
        <source>In Entra, Single sign-on, Attributes &amp; Claims: set Unique User Identifier (Name ID) to user.userprincipalname (or user.mail), save, and sign in again.</source>
        <translation>No Entra, em Logon único, Atributos e Declarações: defina Identificador de Usuário Exclusivo (ID de Nome) como user.userprincipalname (ou user.mail), salve e entre novamente.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from Entra&apos;s by more than five minutes, or the response was captured earlier and is being reused.</source>
        <translation>O relógio deste computador difere do relógio do Entra em mais de cinco minutos, ou a resposta foi capturada antes e está sendo reutilizada.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date, time and time zone, then sign in again.</source>
        <translation>Verifique a data, a hora e o fuso horário deste computador e entre novamente.</translation>
    </message>
    <message>
        <source>Subject confirmation still valid</source>
        <translation>Confirmação do assunto ainda válida</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>até %1</translation>
    </message>
    <message>
        <source>valid at %1 (± 5 minutes)</source>
        <translation>válida em %1 (± 5 minutos)</translation>
    </message>
    <message>
        <source>The SAML response expired at %1; it is now %2.</source>
        <translation>A resposta SAML expirou em %1; agora são %2.</translation>
    </message>
    <message>
        <source>The response does not say until when it is valid.</source>
        <translation>A resposta não informa até quando é válida.</translation>
    </message>
    <message>
        <source>SubjectConfirmationData has no NotOnOrAfter.</source>
        <translation>SubjectConfirmationData não tem NotOnOrAfter.</translation>
    </message>
    <message>
        <source>Assertion validity period</source>
        <translation>Período de validade da asserção</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>de %1 até %2</translation>
    </message>
    <message>
        <source>The SAML response is valid only from %1; it is now %2.</source>
        <translation>A resposta SAML só é válida a partir de %1; agora são %2.</translation>
    </message>
    <message>
        <source>Conditions has no NotOnOrAfter.</source>
        <translation>Conditions não tem NotOnOrAfter.</translation>
    </message>
    <message>
        <source> (Insightly holds %1)</source>
        <translation> (o Insightly tem %1)</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Certificado de assinatura</translation>
    </message>
    <message>
        <source>The SAML response is not signed.</source>
        <translation>A resposta SAML não está assinada.</translation>
    </message>
    <message>
        <source>Insightly accepts only responses signed with the certificate it holds.</source>
        <translation>O Insightly aceita somente respostas assinadas com o certificado que ele possui.</translation>
    </message>
    <message>
        <source>In Entra, Single sign-on, SAML Certificates: set Signing Option to &quot;Sign SAML assertion&quot; and make sure a certificate is active.</source>
        <translation>No Entra, em Logon único, Certificados SAML: defina a Opção de Assinatura como &quot;Assinar asserção SAML&quot; e verifique se há um certificado ativo.</translation>
    </message>
    <message>
        <source>The certificate in the response&apos;s signature cannot be read.</source>
        <translation>O certificado na assinatura da resposta não pode ser lido.</translation>
    </message>
    <message>
        <source>The signature&apos;s KeyInfo holds no valid X.509 certificate.</source>
        <translation>O KeyInfo da assinatura não contém um certificado X.509 válido.</translation>
    </message>
    <message>
        <source>Sign in again; if it persists, the response was altered on the way.</source>
        <translation>Entre novamente; se o problema persistir, a resposta foi alterada no caminho.</translation>
    </message>
    <message>
        <source>Entra signs with %1, the active certificate is %2.</source>
        <translation>O Entra assina com %1, o certificado ativo é %2.</translation>
    </message>
    <message>
        <source>Insightly holds certificate %1, Entra signs with %2.</source>
        <translation>O Insightly tem o certificado %1, o Entra assina com %2.</translation>
    </message>
    <message>
        <source>Wait a few minutes and sign in again: Entra can take a while to switch certificates. If it persists, open SAML Certificates in Entra and make %1 active.</source>
        <translation>Aguarde alguns minutos e entre novamente: o Entra pode levar algum tempo para trocar de certificado. Se o problema persistir, abra Certificados SAML no Entra e torne %1 ativo.</translation>
    </message>
    <message>
        <source>Then upload certificate %1 to Insightly as well.</source>
        <translation>Em seguida, carregue também o certificado %1 no Insightly.</translation>
    </message>
    <message>
        <source>Entra signed this response with another certificate than the active one.</source>
        <translation>O Entra assinou esta resposta com um certificado diferente do ativo.</translation>
    </message>
    <message>
        <source>Insightly holds certificate %1, Entra signs with %2: upload the new one.</source>
        <translation>O Insightly tem o certificado %1, o Entra assina com %2: carregue o novo.</translation>
    </message>
    <message>
        <source>Insightly checks the signature with the certificate it holds, so it will refuse this sign-in.</source>
        <translation>O Insightly verifica a assinatura com o certificado que possui, portanto recusará esta entrada.</translation>
    </message>
    <message>
        <source>Upload Certificate (Base64) of %1 in Insightly (System Settings, Security, SAML and SCIM) and save.</source>
        <translation>Carregue o Certificado (Base64) de %1 no Insightly (&quot;System Settings&quot;, &quot;Security&quot;, &quot;SAML and SCIM&quot;) e salve.</translation>
    </message>
    <message>
        <source>Entra signs with certificate %1, which is valid from %2 to %3; it is now %4.</source>
        <translation>O Entra assina com o certificado %1, que é válido de %2 a %3; agora são %4.</translation>
    </message>
    <message>
        <source>Insightly may refuse responses signed with a certificate outside its validity period.</source>
        <translation>O Insightly pode recusar respostas assinadas com um certificado fora do período de validade.</translation>
    </message>
    <message>
        <source>Rotate the SAML signing certificate: create a new one, upload it to Insightly, and make it active in Entra.</source>
        <translation>Faça a rotação do certificado de assinatura SAML: crie um novo, carregue-o no Insightly e torne-o ativo no Entra.</translation>
    </message>
    <message>
        <source>SAML response readable</source>
        <translation>Resposta SAML legível</translation>
    </message>
    <message>
        <source>a Base64-encoded SAML response</source>
        <translation>uma resposta SAML codificada em Base64</translation>
    </message>
    <message>
        <source>Sign in again through My Apps so the wizard can capture a fresh response; if you pasted it, copy the whole SAMLResponse value.</source>
        <translation>Entre novamente por meio de Meus Aplicativos para que o assistente capture uma nova resposta; se você a colou, copie o valor SAMLResponse inteiro.</translation>
    </message>
    <message>
        <source>The captured value is too large to be a SAML response.</source>
        <translation>O valor capturado é grande demais para ser uma resposta SAML.</translation>
    </message>
    <message>
        <source>It is %1; Entra&apos;s responses are a few kilobytes, and the wizard reads at most %2.</source>
        <translation>Tamanho: %1; as respostas do Entra têm poucos kilobytes, e o assistente lê no máximo %2.</translation>
    </message>
    <message>
        <source>It decodes to %1; Entra&apos;s responses are a few kilobytes, and the wizard reads at most %2.</source>
        <translation>Tamanho decodificado: %1; as respostas do Entra têm poucos kilobytes, e o assistente lê no máximo %2.</translation>
    </message>
    <message>
        <source>It decodes to text that isn&apos;t UTF-8: it was cut off or altered.</source>
        <translation>Decodificado, ele resulta em um texto que não está em UTF-8: foi cortado ou alterado.</translation>
    </message>
    <message>
        <source>The captured value is not a SAML response Entra sent.</source>
        <translation>O valor capturado não é uma resposta SAML enviada pelo Entra.</translation>
    </message>
    <message>
        <source>It declares a document type (DTD), which SAML forbids; the wizard doesn&apos;t read such documents.</source>
        <translation>Ele declara um tipo de documento (DTD), o que o SAML proíbe; o assistente não lê documentos assim.</translation>
    </message>
    <message>
        <source>Its XML is far more deeply nested or has far more attributes than a SAML response ever has.</source>
        <translation>O XML dele está aninhado muito mais fundo ou tem muito mais atributos do que uma resposta SAML jamais tem.</translation>
    </message>
</context>
<context>
    <name>ScimInputs</name>
    <message>
        <source>The Tenant URL is empty.</source>
        <translation>A URL do Locatário está vazia.</translation>
    </message>
    <message>
        <source>Entra needs Insightly&apos;s SCIM endpoint to provision users.</source>
        <translation>O Entra precisa do ponto de extremidade SCIM do Insightly para provisionar usuários.</translation>
    </message>
    <message>
        <source>The Tenant URL field holds what looks like the Secret Token.</source>
        <translation>O campo URL do Locatário contém algo que parece ser o Token Secreto.</translation>
    </message>
    <message>
        <source>The Tenant URL is a web address starting with https://; the long code below it in Insightly is the token.</source>
        <translation>A URL do Locatário é um endereço da Web que começa com https://; o código longo abaixo dela no Insightly é o token.</translation>
    </message>
    <message>
        <source>Paste the token into Secret Token instead. %1</source>
        <translation>Cole o token em Token Secreto. %1</translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the Tenant URL.</source>
        <translation>Espaços, quebras de linha ou aspas ao redor da URL do Locatário foram removidos.</translation>
    </message>
    <message>
        <source>They come along when copying from mail or documents; a URL never contains them.</source>
        <translation>Eles vêm junto ao copiar de emails ou documentos; uma URL nunca os contém.</translation>
    </message>
    <message>
        <source>Nothing to do; check that the URL below is the one Insightly shows.</source>
        <translation>Nada a fazer; verifique se a URL abaixo é a que o Insightly mostra.</translation>
    </message>
    <message>
        <source>Added %1 in front of the address.</source>
        <translation>%1 foi adicionado antes do endereço.</translation>
    </message>
    <message>
        <source>The pasted text started with the host name.</source>
        <translation>O texto colado começava com o nome do host.</translation>
    </message>
    <message>
        <source>The Tenant URL is not a web address.</source>
        <translation>A URL do Locatário não é um endereço da Web.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint is an address starting with https://.</source>
        <translation>O ponto de extremidade SCIM do Insightly é um endereço que começa com https://.</translation>
    </message>
    <message>
        <source>The Tenant URL contains a user name or password before the host.</source>
        <translation>A URL do Locatário contém um nome de usuário ou uma senha antes do host.</translation>
    </message>
    <message>
        <source>Entra sends the Secret Token separately; credentials in the address would be visible to anyone who sees the configuration.</source>
        <translation>O Entra envia o Token Secreto separadamente; credenciais no endereço ficariam visíveis para qualquer pessoa que veja a configuração.</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s Sign-in page URL (for single sign-on), not the SCIM endpoint.</source>
        <translation>Essa é a &quot;Sign-in page URL&quot; do Insightly (para o logon único), não o ponto de extremidade SCIM.</translation>
    </message>
    <message>
        <source>Both are on the same settings page; the SCIM endpoint appears below Enable SCIM Provisioning.</source>
        <translation>Ambos estão na mesma página de configurações; o ponto de extremidade SCIM aparece abaixo de &quot;Enable SCIM Provisioning&quot;.</translation>
    </message>
    <message>
        <source>That is the SAML and SCIM settings page; copy the SCIM endpoint shown on it.</source>
        <translation>Essa é a página de configurações de SAML e SCIM; copie o ponto de extremidade SCIM mostrado nela.</translation>
    </message>
    <message>
        <source>The settings page&apos;s own address is not the value Entra needs.</source>
        <translation>O endereço da própria página de configurações não é o valor de que o Entra precisa.</translation>
    </message>
    <message>
        <source>The Tenant URL ends with a SCIM resource (%1); Entra adds that part itself.</source>
        <translation>A URL do Locatário termina com um recurso SCIM (%1); o Entra adiciona essa parte sozinho.</translation>
    </message>
    <message>
        <source>Entra appends /Users, /Groups and the other resources to the Tenant URL, so they would appear twice.</source>
        <translation>O Entra acrescenta /Users, /Groups e os outros recursos à URL do Locatário, então eles apareceriam duas vezes.</translation>
    </message>
    <message>
        <source>Use %1, the SCIM endpoint exactly as Insightly shows it.</source>
        <translation>Use %1, o ponto de extremidade SCIM exatamente como o Insightly mostra.</translation>
    </message>
    <message>
        <source>The Tenant URL must start with https://, not http://.</source>
        <translation>A URL do Locatário deve começar com https://, não com http://.</translation>
    </message>
    <message>
        <source>Entra sends the Secret Token with every request; Microsoft requires an encrypted connection.</source>
        <translation>O Entra envia o Token Secreto em cada solicitação; a Microsoft exige uma conexão criptografada.</translation>
    </message>
    <message>
        <source>Use %1, exactly as Insightly shows it.</source>
        <translation>Use %1, exatamente como o Insightly mostra.</translation>
    </message>
    <message>
        <source>The Secret Token is empty.</source>
        <translation>O Token Secreto está vazio.</translation>
    </message>
    <message>
        <source>Insightly only accepts provisioning requests that carry its SCIM token.</source>
        <translation>O Insightly só aceita solicitações de provisionamento que contenham o token SCIM dele.</translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the Secret Token.</source>
        <translation>Espaços, quebras de linha ou aspas ao redor do Token Secreto foram removidos.</translation>
    </message>
    <message>
        <source>They come along when copying; they are not part of the token.</source>
        <translation>Eles vêm junto ao copiar; não fazem parte do token.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nada a fazer.</translation>
    </message>
    <message>
        <source>Removed &quot;Bearer&quot; in front of the Secret Token.</source>
        <translation>&quot;Bearer&quot; foi removido antes do Token Secreto.</translation>
    </message>
    <message>
        <source>Entra adds the word Bearer itself when it sends the token.</source>
        <translation>O próprio Entra adiciona a palavra Bearer ao enviar o token.</translation>
    </message>
    <message>
        <source>Only the word Bearer was pasted, without the token.</source>
        <translation>Somente a palavra Bearer foi colada, sem o token.</translation>
    </message>
    <message>
        <source>The Secret Token field holds a web address.</source>
        <translation>O campo Token Secreto contém um endereço da Web.</translation>
    </message>
    <message>
        <source>The web address is the Tenant URL; the token is the long code shown with it in Insightly.</source>
        <translation>O endereço da Web é a URL do Locatário; o token é o código longo mostrado com ela no Insightly.</translation>
    </message>
    <message>
        <source>Paste the address into Tenant URL instead. %1</source>
        <translation>Cole o endereço em URL do Locatário. %1</translation>
    </message>
    <message>
        <source>The Secret Token contains spaces or line breaks.</source>
        <translation>O Token Secreto contém espaços ou quebras de linha.</translation>
    </message>
    <message>
        <source>A token never contains them; mail and chat programs break long codes into lines, or two values were pasted together.</source>
        <translation>Um token nunca os contém; programas de email e chat quebram códigos longos em linhas, ou dois valores foram colados juntos.</translation>
    </message>
    <message>
        <source>Copy the token again in one piece, or check that the token without the spaces (ending in %1) is the one Insightly shows.</source>
        <translation>Copie o token novamente em uma só parte, ou verifique se o token sem os espaços (terminando em %1) é o que o Insightly mostra.</translation>
    </message>
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, tick Enable SCIM Provisioning, save, and copy the SCIM endpoint shown there into Tenant URL.</source>
        <translation>No Insightly, abra &quot;System Settings&quot;, &quot;Security&quot;, &quot;SAML and SCIM&quot;, marque &quot;Enable SCIM Provisioning&quot;, salve e copie o ponto de extremidade SCIM mostrado ali para URL do Locatário.</translation>
    </message>
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, and copy the SCIM token shown there into Secret Token.</source>
        <translation>No Insightly, abra &quot;System Settings&quot;, &quot;Security&quot;, &quot;SAML and SCIM&quot; e copie o token SCIM mostrado ali para Token Secreto.</translation>
    </message>
    <message>
        <source>The Tenant URL</source>
        <translation>A URL do Locatário</translation>
    </message>
    <message>
        <source>The Secret Token</source>
        <translation>O Token Secreto</translation>
    </message>
</context>
<context>
    <name>ScimProbeCli</name>
    <message>
        <source>Cause: </source>
        <translation>Causa: </translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>Correção: </translation>
    </message>
    <message>
        <source>Code: </source>
        <translation>Código: </translation>
    </message>
    <message>
        <source>from INSIGHTLY_SCIM_TOKEN</source>
        <translation>de INSIGHTLY_SCIM_TOKEN</translation>
    </message>
    <message>
        <source>from standard input</source>
        <translation>da entrada padrão</translation>
    </message>
    <message>
        <source>Tenant URL refused:</source>
        <translation>URL do Locatário recusada:</translation>
    </message>
    <message>
        <source>Reading the SCIM token from standard input (or set INSIGHTLY_SCIM_TOKEN)…</source>
        <translation>Lendo o token SCIM da entrada padrão (ou defina INSIGHTLY_SCIM_TOKEN)…</translation>
    </message>
    <message>
        <source>Secret Token refused (%1):</source>
        <translation>Token Secreto recusado (%1):</translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Observação: </translation>
    </message>
    <message>
        <source>Probing %1 with the token %2 (%3)</source>
        <translation>Testando %1 com o token %2 (%3)</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation> (%1 ms)</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Todas as verificações foram aprovadas.</translation>
    </message>
    <message>
        <source>Some checks failed.</source>
        <translation>Algumas verificações falharam.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>A credential has no valid name.</source>
        <translation>Uma credencial não tem um nome válido.</translation>
    </message>
    <message>
        <source>A stored secret needs a tenant and a purpose.</source>
        <translation>Um segredo armazenado precisa de um locatário e de uma finalidade.</translation>
    </message>
    <message>
        <source>Send the diagnostics to support.</source>
        <translation>Envie o diagnóstico ao suporte.</translation>
    </message>
</context>
<context>
    <name>SetupOperation</name>
    <message>
        <source>The wizard is not signed in to Microsoft Entra.</source>
        <translation>O assistente não entrou no Microsoft Entra.</translation>
    </message>
    <message>
        <source>The sign-in session ended or was replaced.</source>
        <translation>A sessão de entrada terminou ou foi substituída.</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in again.</source>
        <translation>Volte à etapa de entrada e entre novamente.</translation>
    </message>
    <message>
        <source>The Insightly SAML application is not known yet.</source>
        <translation>O aplicativo Insightly SAML ainda não é conhecido.</translation>
    </message>
    <message>
        <source>This step changes the enterprise application created in Step 1.</source>
        <translation>Esta etapa altera o aplicativo empresarial criado na Etapa 1.</translation>
    </message>
    <message>
        <source>Go back to Step 1 (Add Insightly SAML from the gallery) and complete it first.</source>
        <translation>Volte à Etapa 1 (Adicionar o Insightly SAML da galeria) e conclua-a primeiro.</translation>
    </message>
</context>
<context>
    <name>SignInSession</name>
    <message>
        <source>This sign-in was not started by the wizard.</source>
        <translation>Esta entrada não foi iniciada pelo assistente.</translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <translation>Inicie a entrada novamente.</translation>
    </message>
</context>
<context>
    <name>SigningCertificate</name>
    <message>
        <source>In Entra open the Insightly SAML application, Single sign-on, SAML Certificates, and download &quot;Certificate (Base64)&quot;; then choose that file.</source>
        <translation>No Entra, abra o aplicativo Insightly SAML, Logon único, Certificados SAML e baixe o &quot;Certificado (Base64)&quot;; depois escolha esse arquivo.</translation>
    </message>
    <message>
        <source>This file is not a certificate.</source>
        <translation>Este arquivo não é um certificado.</translation>
    </message>
    <message>
        <source>It holds neither a PEM certificate (-----BEGIN CERTIFICATE-----), nor DER, nor Base64 certificate data.</source>
        <translation>Ele não contém um certificado PEM (-----BEGIN CERTIFICATE-----), nem DER, nem dados de certificado em Base64.</translation>
    </message>
    <message>
        <source>This certificate is incomplete.</source>
        <translation>Este certificado está incompleto.</translation>
    </message>
    <message>
        <source>The data ends before the certificate does: it was cut off while copying or downloading.</source>
        <translation>Os dados terminam antes do certificado: ele foi cortado durante a cópia ou o download.</translation>
    </message>
    <message>
        <source>This is a .pfx (PKCS#12) file, not a certificate.</source>
        <translation>Este é um arquivo .pfx (PKCS#12), não um certificado.</translation>
    </message>
    <message>
        <source>A .pfx file bundles the certificate with its private key; Insightly needs only the public certificate.</source>
        <translation>Um arquivo .pfx reúne o certificado e sua chave privada; o Insightly precisa apenas do certificado público.</translation>
    </message>
    <message>
        <source>This is a private key, not a certificate.</source>
        <translation>Esta é uma chave privada, não um certificado.</translation>
    </message>
    <message>
        <source>The file holds a PRIVATE KEY block. Insightly needs the public certificate; a private key must never be uploaded or shared.</source>
        <translation>O arquivo contém um bloco PRIVATE KEY. O Insightly precisa do certificado público; uma chave privada nunca deve ser carregada nem compartilhada.</translation>
    </message>
    <message>
        <source>If this key is real, keep the file somewhere safe or delete it.</source>
        <translation>Se esta chave for real, guarde o arquivo em um local seguro ou exclua-o.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>It contains no certificate.</source>
        <translation>Ele não contém nenhum certificado.</translation>
    </message>
    <message>
        <source>This is Federation Metadata XML, not a certificate file.</source>
        <translation>Este é um XML de Metadados de Federação, não um arquivo de certificado.</translation>
    </message>
    <message>
        <source>The metadata carries the signing certificate inside it.</source>
        <translation>Os metadados contêm o certificado de assinatura.</translation>
    </message>
    <message>
        <source>Load it as federation metadata instead, or download &quot;Certificate (Base64)&quot; from Entra.</source>
        <translation>Carregue-o como metadados de federação ou baixe o &quot;Certificado (Base64)&quot; no Entra.</translation>
    </message>
    <message>
        <source>This file holds too many certificates.</source>
        <translation>Este arquivo contém certificados demais.</translation>
    </message>
    <message>
        <source>It holds more than %1; the SAML signing certificate is one.</source>
        <translation>Ele contém mais de %1; o certificado de assinatura SAML é um só.</translation>
    </message>
    <message>
        <source>The certificate file</source>
        <translation>O arquivo de certificado</translation>
    </message>
    <message>
        <source>This is a certificate authority&apos;s certificate, not a SAML signing certificate.</source>
        <translation>Este é o certificado de uma autoridade de certificação, não um certificado de assinatura SAML.</translation>
    </message>
    <message>
        <source>It is marked as a certificate authority (%1); Entra signs SAML responses with a certificate of its own.</source>
        <translation>Ele está marcado como autoridade de certificação (%1); o Entra assina as respostas SAML com um certificado próprio.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sem nome</translation>
    </message>
</context>
<context>
    <name>SigningCertificates</name>
    <message>
        <source>Creating a SAML signing certificate valid until %1…</source>
        <translation>Criando um certificado de assinatura SAML válido até %1…</translation>
    </message>
    <message>
        <source>The new signing certificate could not be checked.</source>
        <translation>Não foi possível verificar o novo certificado de assinatura.</translation>
    </message>
    <message>
        <source>The thumbprint Microsoft Entra returned does not match the certificate it returned.</source>
        <translation>A impressão digital retornada pelo Microsoft Entra não corresponde ao certificado retornado.</translation>
    </message>
    <message>
        <source>Run this step again. If it happens again, create the certificate in the Entra admin center (Single sign-on &gt; SAML Certificates).</source>
        <translation>Execute esta etapa novamente. Se acontecer de novo, crie o certificado no centro de administração do Entra (Logon único &gt; Certificados SAML).</translation>
    </message>
    <message>
        <source>Waiting for Microsoft Entra to show the new certificate… seen %1 of %2 times</source>
        <translation>Aguardando o Microsoft Entra mostrar o novo certificado… visto %1 de %2 vezes</translation>
    </message>
    <message>
        <source>The new signing certificate disappeared.</source>
        <translation>O novo certificado de assinatura desapareceu.</translation>
    </message>
    <message>
        <source>It was seen and then no longer listed.</source>
        <translation>Ele foi visto e depois deixou de ser listado.</translation>
    </message>
    <message>
        <source>Run this step again.</source>
        <translation>Execute esta etapa novamente.</translation>
    </message>
    <message>
        <source>Reading the SAML signing certificates…</source>
        <translation>Lendo os certificados de assinatura SAML…</translation>
    </message>
    <message>
        <source>A new certificate from an earlier run is waiting to be activated.</source>
        <translation>Um novo certificado de uma execução anterior está aguardando ativação.</translation>
    </message>
    <message>
        <source>Microsoft Entra did not confirm the new certificate; checking whether it was created…</source>
        <translation>O Microsoft Entra não confirmou o novo certificado; verificando se ele foi criado…</translation>
    </message>
</context>
<context>
    <name>StatusReportFormat</name>
    <message>
        <source>[%1] %2: %3</source>
        <translation>[%1] %2: %3</translation>
    </message>
    <message>
        <source>    %1: %2</source>
        <translation>    %1: %2</translation>
    </message>
    <message>
        <source>    Why: %1</source>
        <translation>    Motivo: %1</translation>
    </message>
    <message>
        <source>    Request ID: %1</source>
        <translation>    ID da solicitação: %1</translation>
    </message>
    <message>
        <source>    What to do: %1</source>
        <translation>    O que fazer: %1</translation>
    </message>
    <message>
        <source>%1 — status report</source>
        <translation>%1 — relatório de status</translation>
    </message>
    <message>
        <source>Read on %1</source>
        <translation>Lido em %1</translation>
    </message>
    <message>
        <source>Users sign in to Insightly at %1</source>
        <translation>Os usuários entram no Insightly em %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID da solicitação: %1</translation>
    </message>
    <message>
        <source>Users sign in to Insightly at</source>
        <translation>Os usuários entram no Insightly em</translation>
    </message>
</context>
<context>
    <name>StatusRow</name>
    <message>
        <source>Reading</source>
        <translation>Lendo</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Não se aplica</translation>
    </message>
    <message>
        <source>Microsoft Entra tenant</source>
        <translation>Locatário do Microsoft Entra</translation>
    </message>
    <message>
        <source>Insightly instance</source>
        <translation>Instância do Insightly</translation>
    </message>
    <message>
        <source>Enterprise application</source>
        <translation>Aplicativo empresarial</translation>
    </message>
    <message>
        <source>SAML single sign-on settings</source>
        <translation>Configurações de logon único SAML</translation>
    </message>
    <message>
        <source>SAML signing certificate</source>
        <translation>Certificado de assinatura SAML</translation>
    </message>
    <message>
        <source>Sign-in test</source>
        <translation>Teste de entrada</translation>
    </message>
    <message>
        <source>Enforce SAML Login</source>
        <translation>Enforce SAML Login</translation>
    </message>
    <message>
        <source>Provisioning (SCIM)</source>
        <translation>Provisionamento (SCIM)</translation>
    </message>
    <message>
        <source>SCIM token in the keychain</source>
        <translation>Token SCIM no chaveiro</translation>
    </message>
    <message>
        <source>Assigned users and groups</source>
        <translation>Usuários e grupos atribuídos</translation>
    </message>
</context>
<context>
    <name>StatusRowRules</name>
    <message>
        <source>Run the wizard again and choose &quot;Set up single sign-on and provisioning&quot;; %1 It keeps what is already set up.</source>
        <translation>Execute o assistente novamente e escolha &quot;Configurar o logon único e o provisionamento&quot;; %1 O que já está configurado é mantido.</translation>
    </message>
    <message>
        <source>Run the wizard again and choose &quot;Rotate the SAML signing certificate&quot;.</source>
        <translation>Execute o assistente novamente e escolha &quot;Fazer a rotação do certificado de assinatura SAML de uma configuração existente&quot;.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Não foi possível ler: %1</translation>
    </message>
    <message>
        <source>Not signed in to Microsoft Entra.</source>
        <translation>Não conectado ao Microsoft Entra.</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in.</source>
        <translation>Volte à etapa de entrada e entre.</translation>
    </message>
    <message>
        <source>%1, signed in as %2</source>
        <translation>%1, conectado como %2</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>ID do locatário</translation>
    </message>
    <message>
        <source>Directory roles</source>
        <translation>Funções de diretório</translation>
    </message>
    <message>
        <source>No Insightly instance is connected yet.</source>
        <translation>Nenhuma instância do Insightly está conectada ainda.</translation>
    </message>
    <message>
        <source>This computer has no record of the Insightly instance.</source>
        <translation>Este computador não tem registro da instância do Insightly.</translation>
    </message>
    <message>
        <source>the Insightly step reads the Sign-in page URL.</source>
        <translation>a etapa do Insightly lê a &quot;Sign-in page URL&quot;.</translation>
    </message>
    <message>
        <source>Sign-in page URL</source>
        <translation>Sign-in page URL</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID da instância</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>No Insightly SAML enterprise application was found.</source>
        <translation>Nenhum aplicativo empresarial Insightly SAML foi encontrado.</translation>
    </message>
    <message>
        <source>Step 1 adds Insightly SAML from the Microsoft Entra gallery.</source>
        <translation>A etapa 1 adiciona o Insightly SAML da galeria do Microsoft Entra.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The application recorded by the last run no longer exists in Entra.</source>
        <translation>O aplicativo registrado na última execução não existe mais no Entra.</translation>
    </message>
    <message numerus="yes">
        <source>%n Insightly SAML applications exist; the wizard does not know which one Insightly uses.</source>
        <translation>
            <numerusform>Existe %n aplicativo Insightly SAML; o assistente não sabe qual deles o Insightly usa.</numerusform>
            <numerusform>Existem %n aplicativos Insightly SAML; o assistente não sabe qual deles o Insightly usa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 1 lets you choose the application to keep using.</source>
        <translation>A etapa 1 permite escolher o aplicativo que continuará sendo usado.</translation>
    </message>
    <message>
        <source>application ID %1, created %2</source>
        <translation>ID do aplicativo %1, criado em %2</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Encontrado: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>The application recorded by the last run no longer exists; this one was found by its gallery template.</source>
        <translation>O aplicativo registrado na última execução não existe mais; este foi encontrado pelo modelo da galeria.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>ID do aplicativo (cliente)</translation>
    </message>
    <message>
        <source>Enterprise application object ID</source>
        <translation>ID de objeto do aplicativo empresarial</translation>
    </message>
    <message>
        <source>Step 2 sets SAML mode, the Identifier and the Reply URL.</source>
        <translation>A etapa 2 define o modo SAML, o Identificador e a URL de Resposta.</translation>
    </message>
    <message>
        <source>Single sign-on mode is &quot;%1&quot;, not SAML.</source>
        <translation>O modo de logon único é &quot;%1&quot;, não SAML.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n values; Insightly needs exactly one.</source>
        <translation>
            <numerusform>%1: %n valor; o Insightly precisa de exatamente um.</numerusform>
            <numerusform>%1: %n valores; o Insightly precisa de exatamente um.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 differs from Insightly&apos;s Sign-in page URL.</source>
        <translation>%1 é diferente da &quot;Sign-in page URL&quot; do Insightly.</translation>
    </message>
    <message>
        <source>Identifier (Entity ID)</source>
        <translation>Identificador (ID da Entidade)</translation>
    </message>
    <message>
        <source>Reply URL</source>
        <translation>URL de Resposta</translation>
    </message>
    <message>
        <source>The Identifier and the Reply URL differ; both must be the Sign-in page URL.</source>
        <translation>O Identificador e a URL de Resposta são diferentes; ambos devem ser a &quot;Sign-in page URL&quot;.</translation>
    </message>
    <message>
        <source>SAML; Identifier and Reply URL are set (the Sign-in page URL is not recorded on this computer to compare with).</source>
        <translation>SAML; o Identificador e a URL de Resposta estão definidos (a &quot;Sign-in page URL&quot; não está registrada neste computador para comparação).</translation>
    </message>
    <message>
        <source>SAML; Identifier and Reply URL equal the Insightly Sign-in page URL.</source>
        <translation>SAML; o Identificador e a URL de Resposta são iguais à &quot;Sign-in page URL&quot; do Insightly.</translation>
    </message>
    <message>
        <source>Single sign-on mode</source>
        <translation>Modo de logon único</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>The application has no SAML signing certificate: Entra cannot sign a sign-in (AADSTS50003).</source>
        <translation>O aplicativo não tem certificado de assinatura SAML: o Entra não consegue assinar uma entrada (AADSTS50003).</translation>
    </message>
    <message>
        <source>Step 2 creates the certificate and makes it active.</source>
        <translation>A etapa 2 cria o certificado e o torna ativo.</translation>
    </message>
    <message>
        <source>No signing certificate is active (AADSTS50146 at sign-in).</source>
        <translation>Nenhum certificado de assinatura está ativo (AADSTS50146 na entrada).</translation>
    </message>
    <message>
        <source>The active certificate expired on %1: nobody can sign in to Insightly.</source>
        <translation>O certificado ativo expirou em %1: ninguém consegue entrar no Insightly.</translation>
    </message>
    <message numerus="yes">
        <source>The active certificate expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>O certificado ativo expira em %n dia, em %1.</numerusform>
            <numerusform>O certificado ativo expira em %n dias, em %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active, valid until %1 (%n days left).</source>
        <translation>
            <numerusform>Ativo, válido até %1 (resta %n dia).</numerusform>
            <numerusform>Ativo, válido até %1 (restam %n dias).</numerusform>
        </translation>
    </message>
    <message>
        <source>Active thumbprint</source>
        <translation>Impressão digital ativa</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido até</translation>
    </message>
    <message>
        <source>The active certificate is not the one this wizard gave Insightly (%1); Insightly rejects sign-ins unless it holds the active one.</source>
        <translation>O certificado ativo não é o que este assistente forneceu ao Insightly (%1); o Insightly rejeita as entradas, a menos que tenha o certificado ativo.</translation>
    </message>
    <message>
        <source>Expiry notification e-mails</source>
        <translation>E-mails de notificação de expiração</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Nobody gets Microsoft&apos;s expiry e-mails (60, 30 and 7 days before).</source>
        <translation>Ninguém recebe os e-mails de expiração da Microsoft (60, 30 e 7 dias antes).</translation>
    </message>
    <message>
        <source>Add a notification e-mail in Entra: Single sign-on › SAML Certificates › Edit.</source>
        <translation>Adicione um e-mail de notificação no Entra: Logon único › Certificados SAML › Editar.</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (até %2)</translation>
    </message>
    <message>
        <source>Inactive certificates</source>
        <translation>Certificados inativos</translation>
    </message>
    <message>
        <source>Step 2 tests the sign-in.</source>
        <translation>A etapa 2 testa a entrada.</translation>
    </message>
    <message>
        <source>The sign-in has not been tested by this wizard.</source>
        <translation>A entrada não foi testada por este assistente.</translation>
    </message>
    <message>
        <source>Passed on %1.</source>
        <translation>Aprovado em %1.</translation>
    </message>
    <message>
        <source>Failed on %1.</source>
        <translation>Falhou em %1.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Confirmed on %1: Insightly users sign in through Microsoft Entra.</source>
        <translation>Confirmado em %1: os usuários do Insightly entram por meio do Microsoft Entra.</translation>
    </message>
    <message>
        <source>Not confirmed: users may still sign in to Insightly with a password.</source>
        <translation>Não confirmado: os usuários ainda podem entrar no Insightly com uma senha.</translation>
    </message>
    <message>
        <source>In Insightly, open System Settings › Security › SAML and SCIM, tick Enforce SAML Login and save; then confirm it in Step 2 of the wizard.</source>
        <translation>No Insightly, abra &quot;System Settings › Security › SAML and SCIM&quot;, marque &quot;Enforce SAML Login&quot; e salve; depois, confirme isso na etapa 2 do assistente.</translation>
    </message>
    <message>
        <source>First pass the sign-in test; only then tick Enforce SAML Login in Insightly (System Settings › Security › SAML and SCIM) and save.</source>
        <translation>Primeiro passe no teste de entrada; só então marque &quot;Enforce SAML Login&quot; no Insightly (&quot;System Settings › Security › SAML and SCIM&quot;) e salve.</translation>
    </message>
    <message>
        <source>Step 3 sets up provisioning with Insightly&apos;s SCIM endpoint and token.</source>
        <translation>A etapa 3 configura o provisionamento com o ponto de extremidade SCIM e o token do Insightly.</translation>
    </message>
    <message>
        <source>Provisioning is not set up.</source>
        <translation>O provisionamento não está configurado.</translation>
    </message>
    <message>
        <source>In quarantine (%1): %2</source>
        <translation>Em quarentena (%1): %2</translation>
    </message>
    <message>
        <source>The Tenant URL and Secret Token are not saved.</source>
        <translation>A URL do Locatário e o Token Secreto não estão salvos.</translation>
    </message>
    <message>
        <source>The last cycle failed: %1</source>
        <translation>O último ciclo falhou: %1</translation>
    </message>
    <message>
        <source>Provisioning is paused (%1).</source>
        <translation>O provisionamento está pausado (%1).</translation>
    </message>
    <message>
        <source>In Entra, open the Insightly SAML application › Provisioning and select Start provisioning.</source>
        <translation>No Entra, abra o aplicativo Insightly SAML › Provisionamento e selecione &quot;Iniciar provisionamento&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Running; %n user(s) could not be provisioned in the last cycle.</source>
        <translation>
            <numerusform>Em execução; %n usuário não pôde ser provisionado no último ciclo.</numerusform>
            <numerusform>Em execução; %n usuários não puderam ser provisionados no último ciclo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the provisioning logs in Entra (Insightly SAML › Provisioning logs) for each user&apos;s error.</source>
        <translation>Abra os logs de provisionamento no Entra (Insightly SAML › Logs de provisionamento) para ver o erro de cada usuário.</translation>
    </message>
    <message>
        <source>Running; the first cycle has not finished yet (it can take a while in Entra).</source>
        <translation>Em execução; o primeiro ciclo ainda não terminou (isso pode demorar um pouco no Entra).</translation>
    </message>
    <message>
        <source>Running; the last cycle succeeded on %1.</source>
        <translation>Em execução; o último ciclo foi concluído com êxito em %1.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabalho</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last cycle</source>
        <translation>Último ciclo</translation>
    </message>
    <message>
        <source>%1, ended %2</source>
        <translation>%1, terminado em %2</translation>
    </message>
    <message>
        <source>Last successful cycle</source>
        <translation>Último ciclo bem-sucedido</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Contagens</translation>
    </message>
    <message>
        <source>%1 in scope, %2 changes sent, %3 failed, %4 users in sync</source>
        <translation>%1 no escopo, %2 alterações enviadas, %3 com falha, %4 usuários sincronizados</translation>
    </message>
    <message>
        <source>Steady state</source>
        <translation>Estado estável</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>ainda não alcançado</translation>
    </message>
    <message>
        <source>Quarantine reason</source>
        <translation>Motivo da quarentena</translation>
    </message>
    <message>
        <source>Microsoft&apos;s message</source>
        <translation>Mensagem da Microsoft</translation>
    </message>
    <message>
        <source>Stored in this computer&apos;s keychain (not shown).</source>
        <translation>Armazenado no chaveiro deste computador (não exibido).</translation>
    </message>
    <message>
        <source>Not stored; provisioning is not set up.</source>
        <translation>Não armazenado; o provisionamento não está configurado.</translation>
    </message>
    <message>
        <source>Not stored on this computer. Entra keeps its own copy, so provisioning is not affected.</source>
        <translation>Não armazenado neste computador. O Entra mantém a própria cópia, então o provisionamento não é afetado.</translation>
    </message>
    <message>
        <source>Nothing to do unless provisioning fails; then regenerate the token in Insightly and save it in Step 3 of the wizard.</source>
        <translation>Nada a fazer, a menos que o provisionamento falhe; nesse caso, gere o token novamente no Insightly e salve-o na etapa 3 do assistente.</translation>
    </message>
    <message>
        <source>Step 4 assigns users and groups.</source>
        <translation>A etapa 4 atribui usuários e grupos.</translation>
    </message>
    <message>
        <source>Nobody is assigned: no user can sign in or be provisioned.</source>
        <translation>Ninguém está atribuído: nenhum usuário pode entrar ou ser provisionado.</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) chosen in the last run are not done yet.</source>
        <translation>
            <numerusform>%n atribuição escolhida na última execução ainda não foi feita.</numerusform>
            <numerusform>%n atribuições escolhidas na última execução ainda não foram feitas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) and %1 group(s) assigned.</source>
        <translation>
            <numerusform>%n usuário e %1 grupo(s) atribuídos.</numerusform>
            <numerusform>%n usuários e %1 grupo(s) atribuídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Other (applications)</source>
        <translation>Outros (aplicativos)</translation>
    </message>
    <message>
        <source>Members of assigned groups are provisioned; groups nested in them are not.</source>
        <translation>Os membros dos grupos atribuídos são provisionados; os grupos aninhados neles, não.</translation>
    </message>
    <message>
        <source>Upload the active certificate to Insightly, or run the wizard again and choose &quot;Rotate the SAML signing certificate&quot;.</source>
        <translation>Carregue o certificado ativo no Insightly ou execute o assistente novamente e escolha &quot;Fazer a rotação do certificado de assinatura SAML de uma configuração existente&quot;.</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>a NUL character</source>
        <translation>um caractere NUL</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>uma quebra de linha</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>uma tabulação</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>o caractere de controle U+%1</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>%1 excede o comprimento permitido.</translation>
    </message>
    <message>
        <source>It has %L1 characters; a valid value has at most %L2.</source>
        <translation>Comprimento: %L1 caracteres; um valor válido tem no máximo %L2.</translation>
    </message>
    <message>
        <source>Check that you copied only the value, not a whole page or file, and paste it again.</source>
        <translation>Verifique se você copiou apenas o valor, e não uma página ou um arquivo inteiro, e cole-o novamente.</translation>
    </message>
    <message>
        <source>%1 contains an invisible character.</source>
        <translation>%1 contém um caractere invisível.</translation>
    </message>
    <message>
        <source>It holds %1 at position %L2, which no valid value has.</source>
        <translation>O valor contém %1 na posição %L2, algo que nenhum valor válido contém.</translation>
    </message>
    <message>
        <source>Copy the value again from where it is shown, without anything around it, and paste it here. The wizard never uses part of a value.</source>
        <translation>Copie o valor novamente de onde ele é exibido, sem nada em volta, e cole-o aqui. O assistente nunca usa só uma parte de um valor.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 excede o tamanho permitido.</translation>
    </message>
    <message>
        <source>It is %1; the wizard reads at most %2 for this.</source>
        <translation>Tamanho: %1; o assistente lê no máximo %2 neste caso.</translation>
    </message>
    <message>
        <source>Check that you chose the right file.</source>
        <translation>Verifique se você escolheu o arquivo certo.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>TlsProblem</name>
    <message>
        <source>The certificate of %1 was issued by an authority this computer does not trust.</source>
        <translation>O certificado de %1 foi emitido por uma autoridade em que este computador não confia.</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired or is not valid yet.</source>
        <translation>O certificado de %1 expirou ou ainda não é válido.</translation>
    </message>
    <message>
        <source>The certificate presented for %1 was issued for another name.</source>
        <translation>O certificado apresentado para %1 foi emitido para outro nome.</translation>
    </message>
    <message>
        <source>The certificate of %1 was revoked or is damaged.</source>
        <translation>O certificado de %1 foi revogado ou está danificado.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified.</source>
        <translation>Não foi possível verificar a conexão segura com %1.</translation>
    </message>
    <message>
        <source>Nothing was sent to it.</source>
        <translation>Nada foi enviado para lá.</translation>
    </message>
    <message>
        <source>Check the date and time of this computer. If your company inspects secure connections, its proxy&apos;s certificate authority must be trusted by this computer; otherwise do not continue.</source>
        <translation>Verifique a data e a hora deste computador. Se sua empresa inspeciona conexões seguras, este computador precisa confiar na autoridade de certificação do proxy dela; caso contrário, não continue.</translation>
    </message>
</context>
<context>
    <name>insightly::AppFlow</name>
    <message>
        <source>Looking for the Insightly SAML application…</source>
        <translation>Procurando o aplicativo Insightly SAML…</translation>
    </message>
</context>
<context>
    <name>insightly::AppPage</name>
    <message>
        <source>Step 1 — Add the Insightly SAML application</source>
        <translation>Etapa 1 — Adicionar o aplicativo Insightly SAML</translation>
    </message>
    <message>
        <source>The enterprise application from the Microsoft Entra gallery.</source>
        <translation>O aplicativo empresarial da galeria do Microsoft Entra.</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the Entra admin center this is &lt;b&gt;Enterprise applications › New application&lt;/b&gt;, searching the gallery for &lt;b&gt;Insightly SAML&lt;/b&gt; and adding it.&lt;/p&gt;&lt;p&gt;The wizard finds an existing Insightly SAML application first and never creates a second one. A new application takes a little while to appear everywhere in Entra; the wizard waits for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No centro de administração do Entra, isso corresponde a &lt;b&gt;Aplicativos empresariais › Novo aplicativo&lt;/b&gt;, pesquisando &lt;b&gt;Insightly SAML&lt;/b&gt; na galeria e adicionando-o.&lt;/p&gt;&lt;p&gt;O assistente procura primeiro um aplicativo Insightly SAML existente e nunca cria um segundo. Um novo aplicativo leva um pouco de tempo para aparecer em todo o Entra; o assistente aguarda por ele.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Não iniciado.</translation>
    </message>
    <message>
        <source>Progress of step 1</source>
        <translation>Progresso da etapa 1</translation>
    </message>
    <message>
        <source>&amp;Find or add the application</source>
        <translation>&amp;Encontrar ou adicionar o aplicativo</translation>
    </message>
    <message>
        <source>Find or add the Insightly SAML application</source>
        <translation>Encontrar ou adicionar o aplicativo Insightly SAML</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel step 1</source>
        <translation>Cancelar a etapa 1</translation>
    </message>
    <message>
        <source>Existing Insightly SAML applications</source>
        <translation>Aplicativos Insightly SAML existentes</translation>
    </message>
    <message>
        <source>&amp;Use this application</source>
        <translation>&amp;Usar este aplicativo</translation>
    </message>
    <message>
        <source>Use the selected application</source>
        <translation>Usar o aplicativo selecionado</translation>
    </message>
    <message>
        <source>Result of step 1</source>
        <translation>Resultado da etapa 1</translation>
    </message>
    <message>
        <source>%1 — created %2 — application id %3</source>
        <translation>%1 — criado em %2 — ID do aplicativo %3</translation>
    </message>
    <message>
        <source>Several Insightly SAML applications exist in this tenant. Choose the one Insightly users sign in with; the wizard does not pick one for you.</source>
        <translation>Existem vários aplicativos Insightly SAML neste locatário. Escolha aquele com o qual os usuários do Insightly entram; o assistente não escolhe por você.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing more was changed; start again to continue where it stopped.</source>
        <translation>Cancelado. Nada mais foi alterado; inicie novamente para continuar de onde parou.</translation>
    </message>
    <message>
        <source>Step 1 did not finish.</source>
        <translation>A etapa 1 não foi concluída.</translation>
    </message>
    <message>
        <source>Created the Insightly SAML application; Entra shows it everywhere now.</source>
        <translation>O aplicativo Insightly SAML foi criado; o Entra já o mostra em todos os lugares.</translation>
    </message>
    <message>
        <source>Found the existing Insightly SAML application; nothing was created.</source>
        <translation>O aplicativo Insightly SAML existente foi encontrado; nada foi criado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Application (client) id: &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Application object id: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;Enterprise application (service principal) object id: &lt;tt&gt;%4&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;ID do aplicativo (cliente): &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;ID do objeto do aplicativo: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;ID do objeto do aplicativo empresarial (entidade de serviço): &lt;tt&gt;%4&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Reading what step 1 will change before it starts…</source>
        <translation>Lendo o que a etapa 1 vai alterar antes de começar…</translation>
    </message>
</context>
<context>
    <name>insightly::AssignFlow</name>
    <message>
        <source>Assignments cannot be made yet.</source>
        <translation>Ainda não é possível fazer atribuições.</translation>
    </message>
    <message>
        <source>You are not signed in to Microsoft Entra ID.</source>
        <translation>Você não entrou no Microsoft Entra ID.</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in.</source>
        <translation>Volte à etapa de entrada e entre.</translation>
    </message>
    <message>
        <source>The Insightly SAML enterprise application is not known yet.</source>
        <translation>O aplicativo empresarial Insightly SAML ainda não é conhecido.</translation>
    </message>
    <message>
        <source>Go back to step 1 and add or choose the application.</source>
        <translation>Volte à etapa 1 e adicione ou escolha o aplicativo.</translation>
    </message>
    <message>
        <source>%1 of %2 assigned</source>
        <translation>%1 de %2 atribuídos</translation>
    </message>
    <message numerus="yes">
        <source>— %n per second</source>
        <translation>
            <numerusform>— %n por segundo</numerusform>
            <numerusform>— %n por segundo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— about %n second(s) left</source>
        <translation>
            <numerusform>— cerca de %n segundo restante</numerusform>
            <numerusform>— cerca de %n segundos restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— %n waiting for Entra to replicate</source>
        <translation>
            <numerusform>— %n aguardando a replicação do Entra</numerusform>
            <numerusform>— %n aguardando a replicação do Entra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— %n failed</source>
        <translation>
            <numerusform>— %n com falha</numerusform>
            <numerusform>— %n com falha</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the current assignments…</source>
        <translation>Lendo as atribuições atuais…</translation>
    </message>
    <message>
        <source>Assigning: %1</source>
        <translation>Atribuindo: %1</translation>
    </message>
    <message>
        <source>Assigning…</source>
        <translation>Atribuindo…</translation>
    </message>
    <message>
        <source>Removing the selected assignments…</source>
        <translation>Removendo as atribuições selecionadas…</translation>
    </message>
    <message>
        <source>Provisioning the selected users in Insightly now…</source>
        <translation>Provisionando agora os usuários selecionados no Insightly…</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) are still queued; they continue when you come back to this step.</source>
        <translation>
            <numerusform>%n atribuição ainda está na fila; ela continua quando você voltar a esta etapa.</numerusform>
            <numerusform>%n atribuições ainda estão na fila; elas continuam quando você voltar a esta etapa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is assigned yet: find users or groups and assign them.</source>
        <translation>Ninguém foi atribuído ainda: encontre usuários ou grupos e atribua-os.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n usuário</numerusform>
            <numerusform>%n usuários</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned now: %1 and %2.</source>
        <translation>Atribuídos agora: %1 e %2.</translation>
    </message>
    <message>
        <source>No user is selected.</source>
        <translation>Nenhum usuário está selecionado.</translation>
    </message>
    <message>
        <source>Provision on demand works on assigned users.</source>
        <translation>Provisionar sob demanda funciona com usuários atribuídos.</translation>
    </message>
    <message>
        <source>Select users in the list of current assignments.</source>
        <translation>Selecione usuários na lista de atribuições atuais.</translation>
    </message>
    <message>
        <source>Provisioning is not set up yet.</source>
        <translation>O provisionamento ainda não está configurado.</translation>
    </message>
    <message>
        <source>Step 3 has not saved and started provisioning.</source>
        <translation>A etapa 3 ainda não salvou nem iniciou o provisionamento.</translation>
    </message>
    <message>
        <source>Go back to step 3, test and save the SCIM connection.</source>
        <translation>Volte à etapa 3, teste e salve a conexão SCIM.</translation>
    </message>
</context>
<context>
    <name>insightly::AssignPage</name>
    <message>
        <source>Step 4 — Assign users and groups</source>
        <translation>Etapa 4 — Atribuir usuários e grupos</translation>
    </message>
    <message>
        <source>Who may sign in to Insightly through Entra, and who is provisioned.</source>
        <translation>Quem pode entrar no Insightly por meio do Entra e quem é provisionado.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Assign the users and groups who use Insightly. Their Insightly e-mail address must match their Entra sign-in name.&lt;/p&gt;&lt;p&gt;Assigning a group is faster than assigning its members one by one.&lt;/p&gt;&lt;p&gt;The lockout check lists the Insightly users who could not sign in while &lt;b&gt;Enforce SAML Login&lt;/b&gt; is ticked.&lt;/p&gt;&lt;p&gt;Users then sign in from &lt;b&gt;https://myapps.microsoft.com&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Atribua os usuários e grupos que usam o Insightly. O endereço de email deles no Insightly deve corresponder ao nome de entrada no Entra.&lt;/p&gt;&lt;p&gt;Atribuir um grupo é mais rápido do que atribuir os membros um por um.&lt;/p&gt;&lt;p&gt;A verificação de bloqueio lista os usuários do Insightly que não conseguiriam entrar enquanto &lt;b&gt;Enforce SAML Login&lt;/b&gt; estiver marcado.&lt;/p&gt;&lt;p&gt;Depois, os usuários entram em &lt;b&gt;https://myapps.microsoft.com&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>State of the assignments</source>
        <translation>Estado das atribuições</translation>
    </message>
    <message>
        <source>Step 4 tasks</source>
        <translation>Tarefas da etapa 4</translation>
    </message>
    <message>
        <source>F&amp;ind and assign</source>
        <translation>Locali&amp;zar e atribuir</translation>
    </message>
    <message>
        <source>Pro&amp;visioning</source>
        <translation>Provisionamen&amp;to</translation>
    </message>
    <message>
        <source>Loc&amp;kout check</source>
        <translation>Verificação de b&amp;loqueio</translation>
    </message>
    <message>
        <source>Assi&amp;gned (%1)</source>
        <translation>&amp;Atribuídos (%1)</translation>
    </message>
</context>
<context>
    <name>insightly::AssignPickerPanel</name>
    <message>
        <source>Find users and groups</source>
        <translation>Encontrar usuários e grupos</translation>
    </message>
    <message>
        <source>Name, e-mail or sign-in name</source>
        <translation>Nome, email ou nome de entrada</translation>
    </message>
    <message>
        <source>Find &amp;users and groups:</source>
        <translation>Localizar &amp;usuários e grupos:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>Assign &amp;selected</source>
        <translation>Atribuir &amp;selecionados</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the running assignment</source>
        <translation>Cancelar a atribuição em andamento</translation>
    </message>
    <message>
        <source>Assignment progress</source>
        <translation>Progresso da atribuição</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Assignment rate and time left</source>
        <translation>Ritmo da atribuição e tempo restante</translation>
    </message>
    <message>
        <source>Nothing is selected.</source>
        <translation>Nada está selecionado.</translation>
    </message>
    <message>
        <source>Select users or groups in the search results first.</source>
        <translation>Selecione primeiro usuários ou grupos nos resultados da pesquisa.</translation>
    </message>
</context>
<context>
    <name>insightly::AssignedUsersPanel</name>
    <message>
        <source>Current assignments</source>
        <translation>Atribuições atuais</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Remover selecionados</translation>
    </message>
    <message>
        <source>Provision selected users n&amp;ow</source>
        <translation>Provisionar a&amp;gora os usuários selecionados</translation>
    </message>
    <message>
        <source>Creates the selected assigned users in Insightly now instead of waiting for the next provisioning cycle (at most 5 users per 10 seconds).</source>
        <translation>Cria agora no Insightly os usuários atribuídos selecionados, em vez de aguardar o próximo ciclo de provisionamento (no máximo 5 usuários a cada 10 segundos).</translation>
    </message>
    <message>
        <source>Provisioning results</source>
        <translation>Resultados do provisionamento</translation>
    </message>
    <message>
        <source>User or step</source>
        <translation>Usuário ou etapa</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (grupo)</translation>
    </message>
    <message>
        <source>%1 (user)</source>
        <translation>%1 (usuário)</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Falha</translation>
    </message>
</context>
<context>
    <name>insightly::CertificateHandoff</name>
    <message>
        <source>The certificate file is not exported yet.</source>
        <translation>O arquivo do certificado ainda não foi exportado.</translation>
    </message>
    <message>
        <source>Insightly&apos;s file field will get %1.</source>
        <translation>O campo de arquivo do Insightly receberá %1.</translation>
    </message>
    <message>
        <source>%1 was chosen in Insightly; now click Upload.</source>
        <translation>%1 foi escolhido no Insightly; agora clique em &quot;Upload&quot;.</translation>
    </message>
    <message>
        <source>Insightly holds the certificate %1.</source>
        <translation>O Insightly tem o certificado %1.</translation>
    </message>
    <message>
        <source>Insightly holds another certificate (%1), not %2: upload %3.</source>
        <translation>O Insightly tem outro certificado (%1), não %2: carregue %3.</translation>
    </message>
    <message>
        <source>Insightly accepted the certificate: the sign-in test passed.</source>
        <translation>O Insightly aceitou o certificado: o teste de entrada passou.</translation>
    </message>
</context>
<context>
    <name>insightly::CertificateRotationFlow</name>
    <message>
        <source>Cancelled. Start again to continue where it stopped.</source>
        <translation>Cancelado. Inicie novamente para continuar de onde parou.</translation>
    </message>
    <message>
        <source>This step of the rotation did not finish.</source>
        <translation>Esta etapa da rotação não foi concluída.</translation>
    </message>
    <message>
        <source>Looking for the existing setup…</source>
        <translation>Procurando a configuração existente…</translation>
    </message>
    <message>
        <source>Several Insightly SAML applications exist in this tenant.</source>
        <translation>Existem vários aplicativos Insightly SAML neste locatário.</translation>
    </message>
    <message>
        <source>The wizard cannot tell which one Insightly signs in with.</source>
        <translation>O assistente não consegue saber com qual deles o Insightly faz a entrada.</translation>
    </message>
    <message>
        <source>Run a new setup and choose the application in step 1; then rotate its certificate.</source>
        <translation>Execute uma nova configuração e escolha o aplicativo na etapa 1; depois, faça a rotação do certificado dele.</translation>
    </message>
    <message>
        <source>Reading the SAML signing certificates…</source>
        <translation>Lendo os certificados de assinatura SAML…</translation>
    </message>
    <message>
        <source>The Insightly SAML application has no active signing certificate.</source>
        <translation>O aplicativo Insightly SAML não tem certificado de assinatura ativo.</translation>
    </message>
    <message>
        <source>There is nothing to rotate: Entra does not sign Insightly sign-ins yet.</source>
        <translation>Não há nada para fazer a rotação: o Entra ainda não assina as entradas no Insightly.</translation>
    </message>
    <message>
        <source>Run a new setup: its step 2 creates and activates the signing certificate.</source>
        <translation>Execute uma nova configuração: a etapa 2 dela cria e ativa o certificado de assinatura.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rotation is complete.&lt;/b&gt; Entra signs with %1.</source>
        <translation>&lt;b&gt;A rotação foi concluída.&lt;/b&gt; O Entra assina com %1.</translation>
    </message>
    <message>
        <source>Choose the validity, then create the new certificate.</source>
        <translation>Escolha a validade e, em seguida, crie o novo certificado.</translation>
    </message>
    <message>
        <source>Creating the new signing certificate…</source>
        <translation>Criando o novo certificado de assinatura…</translation>
    </message>
    <message>
        <source>Exporting the new certificate (Base64)…</source>
        <translation>Exportando o novo certificado (Base64)…</translation>
    </message>
    <message>
        <source>Previous certificate</source>
        <translation>Certificado anterior</translation>
    </message>
    <message>
        <source>The new certificate is active. Test one sign-in, then remove the old certificate — or roll back.</source>
        <translation>O novo certificado está ativo. Teste uma entrada e depois remova o certificado antigo — ou reverta.</translation>
    </message>
    <message>
        <source>Exported. Upload the previous certificate in Insightly again, or upload the new one and activate it to retry.</source>
        <translation>Exportado. Carregue o certificado anterior no Insightly novamente, ou carregue o novo e ative-o para tentar outra vez.</translation>
    </message>
    <message>
        <source>Upload the new certificate in the Insightly tab, then activate it here at once.</source>
        <translation>Carregue o novo certificado na guia do Insightly e ative-o aqui imediatamente.</translation>
    </message>
    <message>
        <source>Activating the new certificate…</source>
        <translation>Ativando o novo certificado…</translation>
    </message>
    <message>
        <source>The new certificate is active: Entra signs with it. Test one sign-in now.</source>
        <translation>O novo certificado está ativo: o Entra assina com ele. Teste uma entrada agora.</translation>
    </message>
    <message>
        <source>Removing the old certificate…</source>
        <translation>Removendo o certificado antigo…</translation>
    </message>
    <message>
        <source>The old certificate is removed.</source>
        <translation>O certificado antigo foi removido.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rotation is complete.&lt;/b&gt; Entra signs with the new certificate %1, which Insightly holds; the old certificate %2 is removed from the application.</source>
        <translation>&lt;b&gt;A rotação foi concluída.&lt;/b&gt; O Entra assina com o novo certificado %1, que o Insightly mantém; o certificado antigo %2 foi removido do aplicativo.</translation>
    </message>
    <message>
        <source>Going back to the previous certificate…</source>
        <translation>Voltando ao certificado anterior…</translation>
    </message>
    <message>
        <source>Rolled back: Entra signs with the previous certificate again.</source>
        <translation>Revertido: o Entra assina novamente com o certificado anterior.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rolled back.&lt;/b&gt; Entra signs with the previous certificate %1 again. &lt;b&gt;Now upload the previous certificate back in Insightly&lt;/b&gt; (%2): Insightly still holds the new one, so sign-ins fail until you do. The new certificate stays on the application, not active: run the rotation again to retry with it.</source>
        <translation>&lt;b&gt;Revertido.&lt;/b&gt; O Entra assina novamente com o certificado anterior %1. &lt;b&gt;Agora carregue o certificado anterior de volta no Insightly&lt;/b&gt; (%2): o Insightly ainda mantém o novo, então as entradas falham até que você faça isso. O novo certificado permanece no aplicativo, não ativo: execute a rotação novamente para tentar outra vez com ele.</translation>
    </message>
</context>
<context>
    <name>insightly::ChangePlanPanel</name>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alterar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sem alteração</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>O que vai mudar</translation>
    </message>
    <message>
        <source>What will change: not read yet</source>
        <translation>O que vai mudar: ainda não lido</translation>
    </message>
    <message>
        <source>Changes this step will make</source>
        <translation>Alterações que esta etapa fará</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriedade</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>What will change: sign in to read it</source>
        <translation>O que vai mudar: entre para ler</translation>
    </message>
    <message>
        <source>What will change: reading Microsoft Entra…</source>
        <translation>O que vai mudar: lendo o Microsoft Entra…</translation>
    </message>
    <message>
        <source>What will change: could not be read (%1)</source>
        <translation>O que vai mudar: não foi possível ler (%1)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>you, in Insightly</source>
        <translation>você, no Insightly</translation>
    </message>
    <message>
        <source>What will change: %1</source>
        <translation>O que vai mudar: %1</translation>
    </message>
</context>
<context>
    <name>insightly::EmbeddedBrowser</name>
    <message>
        <source>Address of the page shown</source>
        <translation>Endereço da página exibida</translation>
    </message>
    <message>
        <source>Page loading progress</source>
        <translation>Progresso do carregamento da página</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página da Web</translation>
    </message>
    <message>
        <source>Not secure — </source>
        <translation>Não segura — </translation>
    </message>
    <message>
        <source>The page %1 could not be opened: %2</source>
        <translation>Não foi possível abrir a página %1: %2</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure, so the page was not opened. %2
%3</source>
        <translation>A conexão com %1 não é segura, por isso a página não foi aberta. %2
%3</translation>
    </message>
</context>
<context>
    <name>insightly::FailurePanel</name>
    <message>
        <source>What went wrong</source>
        <translation>O que deu errado</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copiar &amp;diagnóstico</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copiar diagnóstico</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>ID da solicitação: %1</translation>
    </message>
</context>
<context>
    <name>insightly::InsightlyHandoffPanel</name>
    <message>
        <source>Upload the certificate to Insightly</source>
        <translation>Carregar o certificado no Insightly</translation>
    </message>
    <message>
        <source>Steps to upload the certificate in Insightly</source>
        <translation>Etapas para carregar o certificado no Insightly</translation>
    </message>
    <message>
        <source>&amp;Open Insightly&apos;s SAML settings</source>
        <translation>A&amp;brir as configurações SAML do Insightly</translation>
    </message>
    <message>
        <source>Certificate offered to Insightly</source>
        <translation>Certificado oferecido ao Insightly</translation>
    </message>
    <message>
        <source>Upload the new certificate to Insightly</source>
        <translation>Carregar o novo certificado no Insightly</translation>
    </message>
    <message>
        <source>&lt;li&gt;In the Insightly tab, sign in as an administrator and open &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt; — &lt;i&gt;Open Insightly&apos;s SAML settings&lt;/i&gt; does it for you.&lt;/li&gt;&lt;li&gt;Click the identity provider certificate&apos;s file field: the wizard offers &lt;b&gt;Insightly SAML.cer&lt;/b&gt; already chosen.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Upload&lt;/b&gt;.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Na guia Insightly, entre como administrador e abra &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt; — &lt;i&gt;Abrir as configurações SAML do Insightly&lt;/i&gt; faz isso por você.&lt;/li&gt;&lt;li&gt;Clique no campo de arquivo do certificado do provedor de identidade: o assistente oferece &lt;b&gt;Insightly SAML.cer&lt;/b&gt; já escolhido.&lt;/li&gt;&lt;li&gt;Clique em &lt;b&gt;Upload&lt;/b&gt;.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Then activate the new certificate here at once: sign-ins fail between the upload and the activation.</source>
        <translation>Em seguida, ative o novo certificado aqui imediatamente: as entradas falham entre o carregamento e a ativação.</translation>
    </message>
    <message>
        <source>Do &lt;b&gt;not&lt;/b&gt; tick &lt;i&gt;Enforce SAML Login&lt;/i&gt; yet: test the sign-in first.</source>
        <translation>&lt;b&gt;Não&lt;/b&gt; marque &lt;i&gt;Enforce SAML Login&lt;/i&gt; ainda: teste a entrada primeiro.</translation>
    </message>
    <message>
        <source>Open Insightly&apos;s SAML settings in the Insightly tab</source>
        <translation>Abrir as configurações SAML do Insightly na guia Insightly</translation>
    </message>
</context>
<context>
    <name>insightly::InsightlyRestClient</name>
    <message>
        <source>The API key belongs to %1, who is deactivated in Insightly.</source>
        <translation>A chave de API pertence a %1, que está desativado no Insightly.</translation>
    </message>
    <message>
        <source>A deactivated user&apos;s key cannot be used for the setup.</source>
        <translation>A chave de um usuário desativado não pode ser usada na configuração.</translation>
    </message>
    <message>
        <source>Sign in to Insightly as an active administrator and copy that user&apos;s key from User Settings › API.</source>
        <translation>Entre no Insightly como um administrador ativo e copie a chave desse usuário em &quot;User Settings › API&quot;.</translation>
    </message>
    <message>
        <source>The API key belongs to %1, who is not an Insightly administrator.</source>
        <translation>A chave de API pertence a %1, que não é administrador do Insightly.</translation>
    </message>
    <message>
        <source>Only administrators can set up SAML single sign-on and SCIM provisioning in Insightly.</source>
        <translation>Somente administradores podem configurar o logon único SAML e o provisionamento SCIM no Insightly.</translation>
    </message>
    <message>
        <source>Sign in to Insightly as an administrator and copy that user&apos;s key from User Settings › API.</source>
        <translation>Entre no Insightly como administrador e copie a chave desse usuário em &quot;User Settings › API&quot;.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>A solicitação foi cancelada.</translation>
    </message>
    <message>
        <source>Insightly refused the API key: copy it again from User Settings › API.</source>
        <translation>O Insightly recusou a chave de API: copie-a novamente em &quot;User Settings › API&quot;.</translation>
    </message>
    <message>
        <source>The key was mistyped, belongs to another Insightly instance or pod, or was reset.</source>
        <translation>A chave foi digitada incorretamente, pertence a outra instância ou pod do Insightly, ou foi redefinida.</translation>
    </message>
    <message>
        <source>In Insightly open User Settings › API, copy the API key, and paste it again.</source>
        <translation>No Insightly, abra &quot;User Settings › API&quot;, copie a chave de API e cole-a novamente.</translation>
    </message>
    <message>
        <source>Insightly denied API access for this key.</source>
        <translation>O Insightly negou o acesso à API para esta chave.</translation>
    </message>
    <message>
        <source>An administrator can switch API access off per user, and some plans have no API access.</source>
        <translation>Um administrador pode desativar o acesso à API por usuário, e alguns planos não têm acesso à API.</translation>
    </message>
    <message>
        <source>Ask an Insightly administrator to allow API access for your user, or use an administrator&apos;s key.</source>
        <translation>Peça a um administrador do Insightly para permitir o acesso à API para o seu usuário, ou use a chave de um administrador.</translation>
    </message>
    <message>
        <source>Insightly limits how many API requests a plan may make.</source>
        <translation>O Insightly limita quantas solicitações de API um plano pode fazer.</translation>
    </message>
    <message>
        <source>Limit: %1 requests; remaining: %2.</source>
        <translation>Limite: %1 solicitações; restantes: %2.</translation>
    </message>
    <message>
        <source>Insightly is limiting API requests (HTTP 429).</source>
        <translation>O Insightly está limitando as solicitações de API (HTTP 429).</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Aguarde %n segundo e tente novamente.</numerusform>
            <numerusform>Aguarde %n segundos e tente novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a while (the daily limit resets at midnight UTC) and try again.</source>
        <translation>Aguarde um pouco (o limite diário é redefinido à meia-noite UTC) e tente novamente.</translation>
    </message>
    <message>
        <source>Insightly&apos;s API had a problem (HTTP %1).</source>
        <translation>A API do Insightly teve um problema (HTTP %1).</translation>
    </message>
    <message>
        <source>An error on Insightly&apos;s side.</source>
        <translation>Um erro do lado do Insightly.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, contact Insightly support.</source>
        <translation>Tente novamente em alguns minutos; se o problema persistir, entre em contato com o suporte do Insightly.</translation>
    </message>
    <message>
        <source>Insightly&apos;s API did not answer within %1 s.</source>
        <translation>A API do Insightly não respondeu em %1 s.</translation>
    </message>
    <message>
        <source>The service is slow or a proxy holds the connection.</source>
        <translation>O serviço está lento ou um proxy está retendo a conexão.</translation>
    </message>
    <message>
        <source>Check your network and try again.</source>
        <translation>Verifique sua rede e tente novamente.</translation>
    </message>
    <message>
        <source>The wizard could not establish a trusted connection to %1.</source>
        <translation>O assistente não conseguiu estabelecer uma conexão confiável com %1.</translation>
    </message>
    <message>
        <source>Its certificate is not trusted by this computer, or a proxy inspects HTTPS traffic.</source>
        <translation>O certificado dele não é confiável para este computador, ou um proxy inspeciona o tráfego HTTPS.</translation>
    </message>
    <message>
        <source>The wizard could not reach %1.</source>
        <translation>O assistente não conseguiu acessar %1.</translation>
    </message>
    <message>
        <source>The connection failed (%1).</source>
        <translation>A conexão falhou (%1).</translation>
    </message>
    <message>
        <source>Check the pod of your Insightly instance, your network and proxy settings, then try again.</source>
        <translation>Verifique o pod da sua instância do Insightly e suas configurações de rede e proxy e tente novamente.</translation>
    </message>
    <message>
        <source>Insightly&apos;s API answered HTTP %1.</source>
        <translation>A API do Insightly respondeu HTTP %1.</translation>
    </message>
    <message>
        <source>The API address may be wrong for this instance.</source>
        <translation>O endereço da API pode estar errado para esta instância.</translation>
    </message>
    <message>
        <source>Check the pod shown in Insightly&apos;s User Settings › API.</source>
        <translation>Verifique o pod mostrado em &quot;User Settings › API&quot; no Insightly.</translation>
    </message>
    <message>
        <source>The address did not answer like Insightly&apos;s API.</source>
        <translation>O endereço não respondeu como a API do Insightly.</translation>
    </message>
    <message>
        <source>The answer to Users/Me has no user in it.</source>
        <translation>A resposta a Users/Me não contém nenhum usuário.</translation>
    </message>
    <message>
        <source>The list of users is not a JSON array.</source>
        <translation>A lista de usuários não é uma matriz JSON.</translation>
    </message>
    <message>
        <source>Insightly listed more than %1 users; the wizard stopped reading there.</source>
        <translation>O Insightly listou mais de %1 usuários; o assistente parou de ler ali.</translation>
    </message>
    <message>
        <source>A safety limit against lists that never end.</source>
        <translation>Um limite de segurança contra listas que nunca terminam.</translation>
    </message>
    <message>
        <source>Check the users in Insightly directly.</source>
        <translation>Verifique os usuários diretamente no Insightly.</translation>
    </message>
</context>
<context>
    <name>insightly::InstancePage</name>
    <message>
        <source>Your Insightly instance</source>
        <translation>Sua instância do Insightly</translation>
    </message>
    <message>
        <source>Copy Insightly&apos;s Sign-in page URL into the wizard.</source>
        <translation>Copie a &quot;Sign-in page URL&quot; do Insightly para o assistente.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Sign in to Insightly in the tab below (or in your usual browser).&lt;/li&gt;&lt;li&gt;Open &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;Sign-in page URL&lt;/b&gt;. It looks like &lt;tt&gt;https://crm.na1.insightly.com/user/saml?instanceId=…&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Paste it here, or use &lt;i&gt;Take the URL from this page&lt;/i&gt;. The wizard uses it as both the Identifier (Entity ID) and the Reply URL.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Optionally give an Insightly API key (User Settings › API key): the wizard then confirms the instance and that you are an Insightly administrator.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Entre no Insightly na guia abaixo (ou no seu navegador habitual).&lt;/li&gt;&lt;li&gt;Abra &lt;b&gt;&quot;System Settings&quot; › &quot;Security&quot; › &quot;SAML and SCIM&quot;&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copie a &lt;b&gt;&quot;Sign-in page URL&quot;&lt;/b&gt;. Ela tem o formato &lt;tt&gt;https://crm.na1.insightly.com/user/saml?instanceId=…&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Cole-a aqui ou use &lt;i&gt;Obter a URL desta página&lt;/i&gt;. O assistente a usa tanto como Identificador (ID da Entidade) quanto como URL de Resposta.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Opcionalmente, informe uma chave de API do Insightly (&quot;User Settings › API key&quot;): o assistente então confirma a instância e que você é um administrador do Insightly.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Insightly Sign-in page URL</source>
        <translation>&quot;Sign-in page URL&quot; do Insightly</translation>
    </message>
    <message>
        <source>&amp;Sign-in page URL:</source>
        <translation>&quot;&amp;Sign-in page URL&quot;:</translation>
    </message>
    <message>
        <source>Check of the Sign-in page URL</source>
        <translation>Verificação da &quot;Sign-in page URL&quot;</translation>
    </message>
    <message>
        <source>Insightly pod</source>
        <translation>Pod do Insightly</translation>
    </message>
    <message>
        <source>Pod:</source>
        <translation>Pod:</translation>
    </message>
    <message>
        <source>Insightly API key (optional)</source>
        <translation>Chave de API do Insightly (opcional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Check &amp;key</source>
        <translation>Verificar &amp;chave</translation>
    </message>
    <message>
        <source>Check the Insightly API key</source>
        <translation>Verificar a chave de API do Insightly</translation>
    </message>
    <message>
        <source>Insightly &amp;API key:</source>
        <translation>Chave de &amp;API do Insightly:</translation>
    </message>
    <message>
        <source>Result of the API key check</source>
        <translation>Resultado da verificação da chave de API</translation>
    </message>
    <message>
        <source>Insightly pod to open</source>
        <translation>Pod do Insightly a abrir</translation>
    </message>
    <message>
        <source>&amp;Open Insightly&apos;s SAML settings</source>
        <translation>A&amp;brir as configurações SAML do Insightly</translation>
    </message>
    <message>
        <source>Open Insightly&apos;s SAML settings in the tab below</source>
        <translation>Abrir as configurações SAML do Insightly na guia abaixo</translation>
    </message>
    <message>
        <source>&amp;Take the URL from this page</source>
        <translation>&amp;Obter a URL desta página</translation>
    </message>
    <message>
        <source>Take the Sign-in page URL from the Insightly page</source>
        <translation>Obter a &quot;Sign-in page URL&quot; da página do Insightly</translation>
    </message>
    <message>
        <source>Paste Insightly&apos;s Sign-in page URL.</source>
        <translation>Cole a &quot;Sign-in page URL&quot; do Insightly.</translation>
    </message>
    <message>
        <source>This is a Sign-in page URL (instance %1).</source>
        <translation>Esta é uma &quot;Sign-in page URL&quot; (instância %1).</translation>
    </message>
    <message>
        <source>The Sign-in page URL is not on the page shown. Sign in to Insightly, open System Settings › Security › SAML and SCIM, then try again — or copy the URL by hand.</source>
        <translation>A &quot;Sign-in page URL&quot; não está na página exibida. Entre no Insightly, abra &quot;System Settings&quot; › &quot;Security&quot; › &quot;SAML and SCIM&quot; e tente novamente — ou copie a URL manualmente.</translation>
    </message>
    <message>
        <source>Enter the API key first.</source>
        <translation>Insira primeiro a chave de API.</translation>
    </message>
    <message>
        <source>Enter a valid Sign-in page URL first: it names the instance.</source>
        <translation>Insira primeiro uma &quot;Sign-in page URL&quot; válida: ela identifica a instância.</translation>
    </message>
    <message>
        <source>Checking the key with Insightly…</source>
        <translation>Verificando a chave com o Insightly…</translation>
    </message>
    <message>
        <source>The key belongs to %1, an administrator of this Insightly instance. It was saved in the system keychain.</source>
        <translation>A chave pertence a %1, um administrador desta instância do Insightly. Ela foi salva no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>The key belongs to %1, an administrator, but it could not be saved: %2</source>
        <translation>A chave pertence a %1, um administrador, mas não foi possível salvá-la: %2</translation>
    </message>
</context>
<context>
    <name>insightly::ItemDetails</name>
    <message>
        <source>The selected row in full</source>
        <translation>A linha selecionada por completo</translation>
    </message>
</context>
<context>
    <name>insightly::LockoutCheckFlow</name>
    <message>
        <source>The lockout check cannot run yet.</source>
        <translation>A verificação de bloqueio ainda não pode ser executada.</translation>
    </message>
    <message>
        <source>You are not signed in to Microsoft Entra ID.</source>
        <translation>Você não entrou no Microsoft Entra ID.</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in.</source>
        <translation>Volte à etapa de entrada e entre.</translation>
    </message>
    <message>
        <source>The Insightly SAML enterprise application is not known yet.</source>
        <translation>O aplicativo empresarial Insightly SAML ainda não é conhecido.</translation>
    </message>
    <message>
        <source>Go back to step 1 and add or choose the application.</source>
        <translation>Volte à etapa 1 e adicione ou escolha o aplicativo.</translation>
    </message>
    <message>
        <source>Your Insightly instance is not known yet.</source>
        <translation>A instância do Insightly ainda não é conhecida.</translation>
    </message>
    <message>
        <source>Go back to the Insightly instance page and confirm your Sign-in page URL.</source>
        <translation>Volte à página da instância do Insightly e confirme a &quot;Sign-in page URL&quot;.</translation>
    </message>
    <message>
        <source>The Insightly API key is needed for this check.</source>
        <translation>A chave de API do Insightly é necessária para esta verificação.</translation>
    </message>
    <message>
        <source>It reads Insightly&apos;s user list to compare it with the assignments in Entra.</source>
        <translation>Ela lê a lista de usuários do Insightly para compará-la com as atribuições no Entra.</translation>
    </message>
    <message>
        <source>In Insightly, open User Settings › API key, copy it, and paste it here.</source>
        <translation>No Insightly, abra &quot;User Settings › API key&quot;, copie a chave e cole-a aqui.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Ainda não verificado.</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>Não foi possível executar a verificação.</translation>
    </message>
    <message>
        <source>Comparing Insightly&apos;s users with the assignments in Entra…</source>
        <translation>Comparando os usuários do Insightly com as atribuições no Entra…</translation>
    </message>
    <message numerus="yes">
        <source>Every active Insightly user (%n) can sign in through Entra.</source>
        <translation>
            <numerusform>O usuário ativo do Insightly (%n) consegue entrar pelo Entra.</numerusform>
            <numerusform>Todos os usuários ativos do Insightly (%n) conseguem entrar pelo Entra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 active Insightly user(s) could not sign in once SAML login is enforced.</source>
        <translation>
            <numerusform>%n de %1 usuários ativos do Insightly não conseguiria entrar depois que o logon SAML for imposto.</numerusform>
            <numerusform>%n de %1 usuários ativos do Insightly não conseguiriam entrar depois que o logon SAML for imposto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them can be fixed by assigning their Entra user.</source>
        <translation>
            <numerusform>%n deles pode ser corrigido atribuindo o usuário correspondente do Entra.</numerusform>
            <numerusform>%n deles podem ser corrigidos atribuindo o usuário correspondente do Entra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insightly has more users than the check reads; the list may be incomplete.</source>
        <translation>O Insightly tem mais usuários do que a verificação lê; a lista pode estar incompleta.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Você: %1</translation>
    </message>
    <message>
        <source> — Entra user %1 is not assigned</source>
        <translation> — o usuário do Entra %1 não está atribuído</translation>
    </message>
    <message>
        <source> — no Entra user with this e-mail</source>
        <translation> — nenhum usuário do Entra com este email</translation>
    </message>
</context>
<context>
    <name>insightly::LockoutCheckPanel</name>
    <message>
        <source>What the lockout check does</source>
        <translation>O que a verificação de bloqueio faz</translation>
    </message>
    <message>
        <source>Once Enforce SAML Login is ticked in Insightly, only users assigned in Entra can sign in. The check compares Insightly&apos;s active users with the assignments. It reads Insightly&apos;s user list with your API key (Insightly: User Settings › API key), kept in the system keychain.</source>
        <translation>Depois que &quot;Enforce SAML Login&quot; for marcado no Insightly, só os usuários atribuídos no Entra poderão entrar. A verificação compara os usuários ativos do Insightly com as atribuições. Ela lê a lista de usuários do Insightly com a sua chave de API (Insightly: &quot;User Settings › API key&quot;), guardada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Insightly API key</source>
        <translation>Chave de API do Insightly</translation>
    </message>
    <message>
        <source>Empty: the key kept in the keychain</source>
        <translation>Vazio: a chave guardada no chaveiro</translation>
    </message>
    <message>
        <source>Insightly &amp;API key:</source>
        <translation>Chave de API do &amp;Insightly:</translation>
    </message>
    <message>
        <source>Check for &amp;lockouts</source>
        <translation>Verificar blo&amp;queios</translation>
    </message>
    <message>
        <source>Result of the lockout check</source>
        <translation>Resultado da verificação de bloqueio</translation>
    </message>
    <message>
        <source>Insightly users who could not sign in</source>
        <translation>Usuários do Insightly que não conseguiriam entrar</translation>
    </message>
    <message>
        <source>Assign the &amp;matching Entra users</source>
        <translation>Atribuir os usuários correspo&amp;ndentes do Entra</translation>
    </message>
    <message>
        <source>Assigning the matching Entra users…</source>
        <translation>Atribuindo os usuários correspondentes do Entra…</translation>
    </message>
</context>
<context>
    <name>insightly::OperationView</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progresso: %1</translation>
    </message>
</context>
<context>
    <name>insightly::PreflightView</name>
    <message>
        <source>Tenant:</source>
        <translation>Locatário:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Conectado como:</translation>
    </message>
    <message>
        <source>Roles and permissions checked before any change</source>
        <translation>Funções e permissões verificadas antes de qualquer alteração</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>✓ Everything the wizard needs is in place. Nothing has been changed yet.</source>
        <translation>✓ Tudo de que o assistente precisa está pronto. Nada foi alterado ainda.</translation>
    </message>
    <message>
        <source>✗ Something the wizard needs is missing. Nothing has been changed. Fix the rows marked ✗, then sign in again.</source>
        <translation>✗ Falta algo de que o assistente precisa. Nada foi alterado. Corrija as linhas marcadas com ✗ e entre novamente.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locatário</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Conectado como</translation>
    </message>
    <message>
        <source>Result of the checks</source>
        <translation>Resultado das verificações</translation>
    </message>
</context>
<context>
    <name>insightly::ReminderSchedule</name>
    <message>
        <source>The weekly check needs the program&apos;s path and the tenant.</source>
        <translation>A verificação semanal precisa do caminho do programa e do locatário.</translation>
    </message>
    <message>
        <source>The schedule could not be written to %1.</source>
        <translation>Não foi possível gravar o agendamento em %1.</translation>
    </message>
    <message>
        <source>The weekly check is saved in %1, but no user systemd runs here to start it. It starts with your next desktop session, or now with: systemctl --user enable --now %2.timer</source>
        <translation>A verificação semanal foi salva em %1, mas nenhum systemd de usuário está em execução aqui para iniciá-la. Ela começa na sua próxima sessão da área de trabalho, ou agora com: systemctl --user enable --now %2.timer</translation>
    </message>
    <message>
        <source>The weekly check is saved, but systemd did not start its timer: %1</source>
        <translation>A verificação semanal foi salva, mas o systemd não iniciou o timer dela: %1</translation>
    </message>
    <message>
        <source>The weekly check is saved, but launchd did not load it: %1</source>
        <translation>A verificação semanal foi salva, mas o launchd não a carregou: %1</translation>
    </message>
    <message>
        <source>Task Scheduler did not accept the weekly check: %1</source>
        <translation>O Agendador de Tarefas não aceitou a verificação semanal: %1</translation>
    </message>
    <message>
        <source>The setup is now checked every Monday; you get a notification when it needs attention.</source>
        <translation>A configuração agora é verificada toda segunda-feira; você recebe uma notificação quando ela precisar de atenção.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>Não foi possível remover %1.</translation>
    </message>
    <message>
        <source>The weekly check is removed.</source>
        <translation>A verificação semanal foi removida.</translation>
    </message>
</context>
<context>
    <name>insightly::RemoveSetupDialog</name>
    <message>
        <source>Removed:</source>
        <translation>Será removido:</translation>
    </message>
    <message>
        <source>Not touched:</source>
        <translation>Não será alterado:</translation>
    </message>
    <message>
        <source>In Insightly (the wizard cannot do this for you):</source>
        <translation>No Insightly (o assistente não pode fazer isso por você):</translation>
    </message>
    <message>
        <source>Remove what this wizard created</source>
        <translation>Remover o que este assistente criou</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>O que será removido</translation>
    </message>
    <message>
        <source>I have &amp;unticked Enforce SAML Login in Insightly, or I accept that SAML sign-in stops working</source>
        <translation>&amp;Desmarquei &quot;Enforce SAML Login&quot; no Insightly ou aceito que a entrada SAML pare de funcionar</translation>
    </message>
    <message>
        <source>Removal status</source>
        <translation>Status da remoção</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>&amp;Keep everything</source>
        <translation>&amp;Manter tudo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Removido: %1</translation>
    </message>
    <message>
        <source>Already removed: %1</source>
        <translation>Já removido: %1</translation>
    </message>
</context>
<context>
    <name>insightly::RemoveSetupFlow</name>
    <message>
        <source>Nothing was removed: the wizard is not signed in to Microsoft Entra.</source>
        <translation>Nada foi removido: o assistente não entrou no Microsoft Entra.</translation>
    </message>
    <message>
        <source>Sign in again, then remove the setup.</source>
        <translation>Entre novamente e remova a configuração.</translation>
    </message>
    <message>
        <source>Deleting the Insightly SAML application in Microsoft Entra…</source>
        <translation>Excluindo o aplicativo Insightly SAML no Microsoft Entra…</translation>
    </message>
    <message>
        <source>Removing the setup&apos;s secrets from the system keychain…</source>
        <translation>Removendo os segredos da configuração do chaveiro do sistema…</translation>
    </message>
    <message>
        <source>A secret could not be removed from the system keychain.</source>
        <translation>Não foi possível remover um segredo do chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Unlock the keychain and remove the setup again: what was already removed stays removed.</source>
        <translation>Desbloqueie o chaveiro e remova a configuração novamente: o que já foi removido continua removido.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Removido.</translation>
    </message>
</context>
<context>
    <name>insightly::RotateCertificatePage</name>
    <message>
        <source>Rotate the SAML signing certificate</source>
        <translation>Fazer a rotação do certificado de assinatura SAML</translation>
    </message>
    <message>
        <source>A new certificate for Insightly with the shortest possible cut-over, and a way back.</source>
        <translation>Um novo certificado para o Insightly, com a transição mais curta possível e uma forma de voltar atrás.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Create the new certificate: Entra keeps signing with the current one.&lt;/li&gt;&lt;li&gt;Upload the new &lt;b&gt;Certificate (Base64)&lt;/b&gt; in Insightly&apos;s SAML settings.&lt;/li&gt;&lt;li&gt;At once, &lt;b&gt;activate&lt;/b&gt; it here: Insightly holds one certificate, so sign-ins fail between the upload and the activation.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Test&lt;/b&gt; one sign-in.&lt;/li&gt;&lt;li&gt;It works: &lt;b&gt;remove the old certificate&lt;/b&gt;. It does not: &lt;b&gt;roll back&lt;/b&gt; and upload the previous certificate in Insightly again.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Crie o novo certificado: o Entra continua assinando com o atual.&lt;/li&gt;&lt;li&gt;Carregue o novo &lt;b&gt;Certificado (Base64)&lt;/b&gt; nas configurações SAML do Insightly.&lt;/li&gt;&lt;li&gt;Imediatamente, &lt;b&gt;ative&lt;/b&gt;-o aqui: o Insightly mantém um único certificado, então as entradas falham entre o carregamento e a ativação.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Teste&lt;/b&gt; uma entrada.&lt;/li&gt;&lt;li&gt;Funciona: &lt;b&gt;remova o certificado antigo&lt;/b&gt;. Não funciona: &lt;b&gt;reverta&lt;/b&gt; e carregue o certificado anterior no Insightly novamente.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>The current signing certificate</source>
        <translation>O certificado de assinatura atual</translation>
    </message>
    <message>
        <source>Looking for the existing setup…</source>
        <translation>Procurando a configuração existente…</translation>
    </message>
    <message>
        <source>Validity of the new signing certificate, in years</source>
        <translation>Validade do novo certificado de assinatura, em anos</translation>
    </message>
    <message>
        <source> years</source>
        <translation> anos</translation>
    </message>
    <message>
        <source>New certificate &amp;valid for:</source>
        <translation>Novo certificado vá&amp;lido por:</translation>
    </message>
    <message>
        <source>Folder for the new and the previous certificate files</source>
        <translation>Pasta para os arquivos do certificado novo e do anterior</translation>
    </message>
    <message>
        <source>Insightly SSO</source>
        <translation>Insightly SSO</translation>
    </message>
    <message>
        <source>Certificate rotation</source>
        <translation>Rotação do certificado</translation>
    </message>
    <message>
        <source>Choose the folder for the certificate files</source>
        <translation>Escolher a pasta para os arquivos de certificado</translation>
    </message>
    <message>
        <source>Save files &amp;in:</source>
        <translation>&amp;Salvar arquivos em:</translation>
    </message>
    <message>
        <source>C&amp;reate the new certificate</source>
        <translation>C&amp;riar o novo certificado</translation>
    </message>
    <message>
        <source>Create the new signing certificate, not active yet, and export it</source>
        <translation>Criar o novo certificado de assinatura, ainda não ativo, e exportá-lo</translation>
    </message>
    <message>
        <source>Cancel the running certificate operation</source>
        <translation>Cancelar a operação de certificado em andamento</translation>
    </message>
    <message>
        <source>Exported certificate files</source>
        <translation>Arquivos de certificado exportados</translation>
    </message>
    <message>
        <source>How the cut-over works</source>
        <translation>Como funciona a transição</translation>
    </message>
    <message>
        <source>&amp;Activate the new certificate</source>
        <translation>At&amp;ivar o novo certificado</translation>
    </message>
    <message>
        <source>Activate the new certificate in Entra (after the upload in Insightly)</source>
        <translation>Ativar o novo certificado no Entra (depois do carregamento no Insightly)</translation>
    </message>
    <message>
        <source>Re&amp;move the old certificate</source>
        <translation>Re&amp;mover o certificado antigo</translation>
    </message>
    <message>
        <source>Remove the old signing certificate from the application</source>
        <translation>Remover o certificado de assinatura antigo do aplicativo</translation>
    </message>
    <message>
        <source>Roll back: make the previous certificate active again</source>
        <translation>Reverter: tornar o certificado anterior ativo novamente</translation>
    </message>
    <message>
        <source>Result of the rotation</source>
        <translation>Resultado da rotação</translation>
    </message>
    <message>
        <source>&amp;Look for the setup again</source>
        <translation>Procurar a confi&amp;guração novamente</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n dia restante</numerusform>
            <numerusform>%n dias restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>não ativo</translation>
    </message>
    <message>
        <source>new, not active yet</source>
        <translation>novo, ainda não ativo</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>anterior</translation>
    </message>
    <message>
        <source>%1 — %2, expires %3 (%4)</source>
        <translation>%1 — %2, expira em %3 (%4)</translation>
    </message>
    <message>
        <source>The application has no signing certificate.</source>
        <translation>O aplicativo não tem certificado de assinatura.</translation>
    </message>
    <message>
        <source>Signing certificates of the Insightly SAML application:</source>
        <translation>Certificados de assinatura do aplicativo Insightly SAML:</translation>
    </message>
    <message>
        <source>Folder for the certificate files</source>
        <translation>Pasta para os arquivos de certificado</translation>
    </message>
    <message>
        <source>Choose a folder the wizard can write to.</source>
        <translation>Escolha uma pasta na qual o assistente possa gravar.</translation>
    </message>
    <message>
        <source>New certificate: %1
Previous certificate, for a rollback: %2</source>
        <translation>Novo certificado: %1
Certificado anterior, para reverter: %2</translation>
    </message>
    <message>
        <source>Insightly</source>
        <translation>Insightly</translation>
    </message>
    <message>
        <source>the rotation</source>
        <translation>rotação</translation>
    </message>
    <message>
        <source>&lt;b&gt;The cut-over.&lt;/b&gt; Insightly holds one certificate: from the moment you upload the new one until you click &lt;i&gt;Activate the new certificate&lt;/i&gt;, sign-ins to Insightly fail. Upload it in the Insightly tab, then activate it here right away.</source>
        <translation>&lt;b&gt;A transição.&lt;/b&gt; O Insightly tem um só certificado: do momento em que você carrega o novo até clicar em &lt;i&gt;Ativar o novo certificado&lt;/i&gt;, as entradas no Insightly falham. Carregue-o na guia Insightly e ative-o aqui logo em seguida.</translation>
    </message>
    <message>
        <source>Sign-in test</source>
        <translation>Teste de entrada</translation>
    </message>
    <message>
        <source>Roll bac&amp;k</source>
        <translation>Rev&amp;erter</translation>
    </message>
    <message>
        <source>Ex&amp;port the certificates again</source>
        <translation>E&amp;xportar os certificados novamente</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Proc&amp;urar…</translation>
    </message>
</context>
<context>
    <name>insightly::RotateScimTokenPage</name>
    <message>
        <source>Rotate the SCIM token</source>
        <translation>Fazer a rotação do token SCIM</translation>
    </message>
    <message>
        <source>A new Secret Token from Insightly, tested and saved in Entra.</source>
        <translation>Um novo Token Secreto do Insightly, testado e salvo no Entra.</translation>
    </message>
    <message>
        <source>Where to regenerate the token</source>
        <translation>Onde regenerar o token</translation>
    </message>
    <message>
        <source>New Secret Token (Insightly&apos;s regenerated SCIM token)</source>
        <translation>Novo Token Secreto (o token SCIM regenerado do Insightly)</translation>
    </message>
    <message>
        <source>the new token Insightly shows after Regenerate</source>
        <translation>o novo token que o Insightly mostra após &quot;Regenerate&quot;</translation>
    </message>
    <message>
        <source>New Secret &amp;Token:</source>
        <translation>Novo &amp;Token Secreto:</translation>
    </message>
    <message>
        <source>Test and &amp;save the new token</source>
        <translation>Testar e &amp;salvar o novo token</translation>
    </message>
    <message>
        <source>Test the new token and save it in Microsoft Entra</source>
        <translation>Testar o novo token e salvá-lo no Microsoft Entra</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel the running test or save</source>
        <translation>Cancelar o teste ou o salvamento em andamento</translation>
    </message>
    <message>
        <source>Progress of the token rotation</source>
        <translation>Progresso da rotação do token</translation>
    </message>
    <message>
        <source>Result of the token rotation</source>
        <translation>Resultado da rotação do token</translation>
    </message>
    <message>
        <source>System Settings › Security › SAML and SCIM</source>
        <translation>System Settings › Security › SAML and SCIM</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In the &lt;b&gt;Insightly&lt;/b&gt; tab, open &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Regenerate&lt;/b&gt; next to the SCIM token. &lt;b&gt;The old token stops working at once&lt;/b&gt;: provisioning fails until the new one is saved here.&lt;/li&gt;&lt;li&gt;Copy the new token and paste it in the &lt;b&gt;New token&lt;/b&gt; tab.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Test and save&lt;/b&gt;: the wizard and Microsoft Entra test it; Entra keeps it only when its test passed.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Na guia &lt;b&gt;Insightly&lt;/b&gt;, abra &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Clique em &lt;b&gt;Regenerate&lt;/b&gt; ao lado do token SCIM. &lt;b&gt;O token antigo para de funcionar imediatamente&lt;/b&gt;: o provisionamento falha até que o novo seja salvo aqui.&lt;/li&gt;&lt;li&gt;Copie o novo token e cole-o na guia &lt;b&gt;Novo token&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Testar e salvar&lt;/b&gt;: o assistente e o Microsoft Entra o testam; o Entra só o mantém quando o teste passa.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>New token and Insightly</source>
        <translation>Novo token e Insightly</translation>
    </message>
    <message>
        <source>Ne&amp;w token</source>
        <translation>&amp;Novo token</translation>
    </message>
    <message>
        <source>&amp;Insightly</source>
        <translation>&amp;Insightly</translation>
    </message>
    <message>
        <source>&lt;b&gt;Regenerate cancels the old token at once.&lt;/b&gt; In the Insightly tab (%1), click &lt;b&gt;Regenerate&lt;/b&gt; under SCIM provisioning, copy the new token and paste it here. Until it is saved, Entra&apos;s provisioning to Insightly fails.</source>
        <translation>&lt;b&gt;&quot;Regenerate&quot; cancela o token antigo imediatamente.&lt;/b&gt; Na guia Insightly (%1), clique em &lt;b&gt;Regenerate&lt;/b&gt; em SCIM provisioning, copie o novo token e cole-o aqui. Até que ele seja salvo, o provisionamento do Entra para o Insightly falha.</translation>
    </message>
</context>
<context>
    <name>insightly::SamlPage</name>
    <message>
        <source>Step 2 — Configure SAML single sign-on</source>
        <translation>Etapa 2 — Configurar o logon único SAML</translation>
    </message>
    <message>
        <source>Identifier, Reply URL and the signing certificate; then the certificate goes to Insightly.</source>
        <translation>Identificador, URL de Resposta e o certificado de assinatura; depois, o certificado vai para o Insightly.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Single sign-on method: &lt;b&gt;SAML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Identifier (Entity ID)&lt;/b&gt; and &lt;b&gt;Reply URL&lt;/b&gt;: Insightly&apos;s Sign-in page URL.&lt;/li&gt;&lt;li&gt;Download the &lt;b&gt;Certificate (Base64)&lt;/b&gt; (recommended) or the &lt;b&gt;Federation Metadata XML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Upload it in Insightly&apos;s SAML settings.&lt;/li&gt;&lt;li&gt;Test the sign-in. Only then tick &lt;b&gt;Enforce SAML Login&lt;/b&gt; in Insightly and save.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Método de logon único: &lt;b&gt;SAML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Identificador (ID da Entidade)&lt;/b&gt; e &lt;b&gt;URL de Resposta&lt;/b&gt;: a &quot;Sign-in page URL&quot; do Insightly.&lt;/li&gt;&lt;li&gt;Baixe o &lt;b&gt;Certificado (Base64)&lt;/b&gt; (recomendado) ou o &lt;b&gt;XML de Metadados de Federação&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Carregue-o nas configurações SAML do Insightly.&lt;/li&gt;&lt;li&gt;Teste a entrada. Só então marque &lt;b&gt;&quot;Enforce SAML Login&quot;&lt;/b&gt; no Insightly e salve.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Validity of a new signing certificate, in years</source>
        <translation>Validade de um novo certificado de assinatura, em anos</translation>
    </message>
    <message>
        <source> years</source>
        <translation> anos</translation>
    </message>
    <message>
        <source>New certificate &amp;valid for:</source>
        <translation>Novo certificado vá&amp;lido por:</translation>
    </message>
    <message>
        <source>E-mail addresses notified before the certificate expires</source>
        <translation>Endereços de email avisados antes de o certificado expirar</translation>
    </message>
    <message>
        <source>one or more addresses, separated by commas (at most 5)</source>
        <translation>um ou mais endereços, separados por vírgulas (no máximo 5)</translation>
    </message>
    <message>
        <source>Expiry &amp;notifications to:</source>
        <translation>Avisos de e&amp;xpiração para:</translation>
    </message>
    <message>
        <source>Con&amp;figure SAML</source>
        <translation>Con&amp;figurar o SAML</translation>
    </message>
    <message>
        <source>Configure SAML single sign-on and the signing certificate</source>
        <translation>Configurar o logon único SAML e o certificado de assinatura</translation>
    </message>
    <message>
        <source>Cancel step 2</source>
        <translation>Cancelar a etapa 2</translation>
    </message>
    <message>
        <source>Folder for the certificate and metadata files</source>
        <translation>Pasta para os arquivos de certificado e de metadados</translation>
    </message>
    <message>
        <source>Insightly SSO</source>
        <translation>Insightly SSO</translation>
    </message>
    <message>
        <source>Choose the folder for the files</source>
        <translation>Escolher a pasta para os arquivos</translation>
    </message>
    <message>
        <source>&amp;Export files</source>
        <translation>&amp;Exportar arquivos</translation>
    </message>
    <message>
        <source>Export Certificate (Base64) and Federation Metadata XML</source>
        <translation>Exportar o Certificado (Base64) e o XML de Metadados de Federação</translation>
    </message>
    <message>
        <source>Exported files</source>
        <translation>Arquivos exportados</translation>
    </message>
    <message>
        <source>Folder for the Insightly SAML files</source>
        <translation>Pasta para os arquivos SAML do Insightly</translation>
    </message>
    <message>
        <source>Choose a folder the wizard can write to.</source>
        <translation>Escolha uma pasta na qual o assistente possa gravar.</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>%1 e %2 foram salvos.</translation>
    </message>
    <message>
        <source>Insightly</source>
        <translation>Insightly</translation>
    </message>
    <message>
        <source>step 2</source>
        <translation>etapa 2</translation>
    </message>
    <message>
        <source>Entra&apos;s values and certificate setting&amp;s</source>
        <translation>Valores do Entra e configu&amp;rações de certificado</translation>
    </message>
    <message>
        <source>Show Entra&apos;s SAML values and the certificate options</source>
        <translation>Mostrar os valores SAML do Entra e as opções de certificado</translation>
    </message>
    <message>
        <source>Save files &amp;in:</source>
        <translation>&amp;Salvar arquivos em:</translation>
    </message>
    <message>
        <source>Sign-in test</source>
        <translation>Teste de entrada</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Proc&amp;urar…</translation>
    </message>
</context>
<context>
    <name>insightly::SamlSetupFlow</name>
    <message>
        <source>Cancelled. Start again to continue where it stopped.</source>
        <translation>Cancelado. Inicie novamente para continuar de onde parou.</translation>
    </message>
    <message>
        <source>Step 2 did not finish.</source>
        <translation>A etapa 2 não foi concluída.</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Não iniciado.</translation>
    </message>
    <message>
        <source>Turning on SAML single sign-on…</source>
        <translation>Ativando o logon único SAML…</translation>
    </message>
    <message>
        <source>SAML is on; the active signing certificate is valid long enough and was kept.</source>
        <translation>O SAML está ativado; o certificado de assinatura ativo é válido por tempo suficiente e foi mantido.</translation>
    </message>
    <message>
        <source>SAML is on, with a new signing certificate made active.</source>
        <translation>O SAML está ativado, com um novo certificado de assinatura ativado.</translation>
    </message>
    <message>
        <source>SAML is configured. Upload the certificate in the Insightly tab, then test the sign-in.</source>
        <translation>O SAML está configurado. Carregue o certificado na guia Insightly e teste a entrada.</translation>
    </message>
    <message>
        <source>The sign-in works. Tick Enforce SAML Login in Insightly, save, then confirm here.</source>
        <translation>A entrada funciona. Marque &quot;Enforce SAML Login&quot; no Insightly, salve e confirme aqui.</translation>
    </message>
    <message>
        <source>Step 2 is complete: the sign-in works and SAML login is enforced in Insightly.</source>
        <translation>A etapa 2 foi concluída: a entrada funciona e o logon SAML está imposto no Insightly.</translation>
    </message>
    <message>
        <source>Exporting Certificate (Base64) and Federation Metadata XML…</source>
        <translation>Exportando o Certificado (Base64) e o XML de Metadados de Federação…</translation>
    </message>
</context>
<context>
    <name>insightly::SamlValuesPanel</name>
    <message>
        <source>Set up Insightly SAML — the values Entra shows</source>
        <translation>Configurar o Insightly SAML — os valores que o Entra mostra</translation>
    </message>
    <message>
        <source>Login URL:</source>
        <translation>URL de Logon:</translation>
    </message>
    <message>
        <source>Login URL</source>
        <translation>URL de Logon</translation>
    </message>
    <message>
        <source>Microsoft Entra Identifier:</source>
        <translation>Identificador do Microsoft Entra:</translation>
    </message>
    <message>
        <source>Microsoft Entra Identifier</source>
        <translation>Identificador do Microsoft Entra</translation>
    </message>
    <message>
        <source>Logout URL:</source>
        <translation>URL de Logoff:</translation>
    </message>
    <message>
        <source>Logout URL</source>
        <translation>URL de Logoff</translation>
    </message>
    <message>
        <source>Certificate thumbprint:</source>
        <translation>Impressão digital do certificado:</translation>
    </message>
    <message>
        <source>Thumbprint of the active signing certificate</source>
        <translation>Impressão digital do certificado de assinatura ativo</translation>
    </message>
    <message>
        <source>Certificate expires:</source>
        <translation>O certificado expira em:</translation>
    </message>
    <message>
        <source>Expiry of the active signing certificate</source>
        <translation>Expiração do certificado de assinatura ativo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
</context>
<context>
    <name>insightly::SavedSession</name>
    <message>
        <source>No setup was found on this computer.</source>
        <translation>Nenhuma configuração foi encontrada neste computador.</translation>
    </message>
    <message>
        <source>No setup of tenant %1 was found on this computer (known tenant ids: %2).</source>
        <translation>Nenhuma configuração do locatário %1 foi encontrada neste computador (IDs de locatário conhecidas: %2).</translation>
    </message>
    <message>
        <source>No setup for the Insightly instance %1 was found on this computer.</source>
        <translation>Nenhuma configuração da instância do Insightly %1 foi encontrada neste computador.</translation>
    </message>
    <message>
        <source>Run the wizard on this computer and sign in to the tenant once (or pass --tenant with the tenant id of a setup made here).</source>
        <translation>Execute o assistente neste computador e entre no locatário uma vez (ou informe com --tenant a ID de locatário de uma configuração feita aqui).</translation>
    </message>
    <message>
        <source>Not signed in: the saved session could not be used (%1)</source>
        <translation>Sem sessão iniciada: não foi possível usar a sessão salva (%1)</translation>
    </message>
    <message>
        <source>none is saved</source>
        <translation>nenhuma está salva</translation>
    </message>
    <message>
        <source>Run the wizard and sign in: the saved session is then used.</source>
        <translation>Execute o assistente e entre: a sessão salva passa a ser usada.</translation>
    </message>
</context>
<context>
    <name>insightly::ScimCredentialsForm</name>
    <message>
        <source>Tenant URL (Insightly&apos;s SCIM endpoint)</source>
        <translation>URL do Locatário (ponto de extremidade SCIM do Insightly)</translation>
    </message>
    <message>
        <source>https://api.na1.insightly.com/scim/v2</source>
        <translation>https://api.na1.insightly.com/scim/v2</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Colar</translation>
    </message>
    <message>
        <source>Paste the Tenant URL</source>
        <translation>Colar a URL do Locatário</translation>
    </message>
    <message>
        <source>Tenant &amp;URL:</source>
        <translation>&amp;URL do Locatário:</translation>
    </message>
    <message>
        <source>Paste the Secret Token</source>
        <translation>Colar o Token Secreto</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <source>About the Tenant URL</source>
        <translation>Sobre a URL do Locatário</translation>
    </message>
    <message>
        <source>The Secret Token as read, masked</source>
        <translation>O Token Secreto lido, mascarado</translation>
    </message>
    <message>
        <source>About the Secret Token</source>
        <translation>Sobre o Token Secreto</translation>
    </message>
</context>
<context>
    <name>insightly::ScimFlow</name>
    <message>
        <source>You are not signed in to Microsoft Entra ID.</source>
        <translation>Você não entrou no Microsoft Entra ID.</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in.</source>
        <translation>Volte à etapa de entrada e entre.</translation>
    </message>
    <message>
        <source>The Insightly SAML enterprise application is not known yet.</source>
        <translation>O aplicativo empresarial Insightly SAML ainda não é conhecido.</translation>
    </message>
    <message>
        <source>Go back to step 1 and add or choose the application.</source>
        <translation>Volte à etapa 1 e adicione ou escolha o aplicativo.</translation>
    </message>
</context>
<context>
    <name>insightly::ScimPage</name>
    <message>
        <source>Step 3 — Connect SCIM provisioning</source>
        <translation>Etapa 3 — Conectar o provisionamento SCIM</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint and token, tested and saved in Entra.</source>
        <translation>O ponto de extremidade e o token SCIM do Insightly, testados e salvos no Entra.</translation>
    </message>
    <message>
        <source>Secret Token (Insightly&apos;s SCIM token)</source>
        <translation>Token Secreto (token SCIM do Insightly)</translation>
    </message>
    <message>
        <source>the token Insightly shows</source>
        <translation>o token que o Insightly mostra</translation>
    </message>
    <message>
        <source>Secret &amp;Token:</source>
        <translation>&amp;Token Secreto:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>&amp;Salvar e iniciar</translation>
    </message>
    <message>
        <source>Save and start provisioning</source>
        <translation>Salvar e iniciar o provisionamento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>Cancelar a operação em andamento</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copiar diagnóstico</translation>
    </message>
    <message>
        <source>(request ID %1)</source>
        <translation>(ID da solicitação %1)</translation>
    </message>
    <message>
        <source>Testing Insightly&apos;s SCIM endpoint from this computer and from Microsoft Entra…</source>
        <translation>Testando o ponto de extremidade SCIM do Insightly a partir deste computador e do Microsoft Entra…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Saving the Tenant URL and Secret Token in Microsoft Entra and starting provisioning…</source>
        <translation>Salvando a URL do Locatário e o Token Secreto no Microsoft Entra e iniciando o provisionamento…</translation>
    </message>
    <message>
        <source>Saved. Provisioning is started.</source>
        <translation>Salvo. O provisionamento foi iniciado.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In the &lt;b&gt;Insightly&lt;/b&gt; tab, tick &lt;b&gt;Enable SCIM Provisioning&lt;/b&gt; and click &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;SCIM endpoint&lt;/b&gt; into &lt;i&gt;Tenant URL&lt;/i&gt; and the &lt;b&gt;token&lt;/b&gt; into &lt;i&gt;Secret Token&lt;/i&gt; in the &lt;b&gt;SCIM connection&lt;/b&gt; tab (use the paste buttons).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Test connection&lt;/b&gt;: the wizard checks the endpoint from this computer and asks Microsoft Entra to test it too.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Save and start&lt;/b&gt;: Entra keeps the values and provisions the users and groups assigned to the app.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Regenerating the token in Insightly cancels the old one: paste the new one here and save again.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Na guia &lt;b&gt;Insightly&lt;/b&gt;, marque &lt;b&gt;Enable SCIM Provisioning&lt;/b&gt; e clique em &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copie o &lt;b&gt;SCIM endpoint&lt;/b&gt; para &lt;i&gt;URL do Locatário&lt;/i&gt; e o &lt;b&gt;token&lt;/b&gt; para &lt;i&gt;Token Secreto&lt;/i&gt; na guia &lt;b&gt;Conexão SCIM&lt;/b&gt; (use os botões de colar).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Testar conexão&lt;/b&gt;: o assistente verifica o ponto de extremidade a partir deste computador e pede ao Microsoft Entra que também o teste.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Salvar e iniciar&lt;/b&gt;: o Entra mantém os valores e provisiona os usuários e grupos atribuídos ao aplicativo.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Gerar o token novamente no Insightly cancela o antigo: cole o novo aqui e salve de novo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SCIM connection and Insightly</source>
        <translation>Conexão SCIM e Insightly</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>T&amp;estar conexão</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>O que deu errado</translation>
    </message>
    <message>
        <source>SCIM c&amp;onnection</source>
        <translation>&amp;Conexão SCIM</translation>
    </message>
    <message>
        <source>&amp;Insightly</source>
        <translation>&amp;Insightly</translation>
    </message>
</context>
<context>
    <name>insightly::ScimProbe</name>
    <message>
        <source>Skipped: the host name could not be resolved.</source>
        <translation>Ignorado: não foi possível resolver o nome do host.</translation>
    </message>
    <message>
        <source>Skipped: no connection to the server.</source>
        <translation>Ignorado: sem conexão com o servidor.</translation>
    </message>
    <message>
        <source>Skipped: no trusted encrypted connection, so the token is not sent.</source>
        <translation>Ignorado: sem conexão criptografada confiável, portanto o token não é enviado.</translation>
    </message>
    <message>
        <source>Skipped: no answer to the previous request.</source>
        <translation>Ignorado: sem resposta à solicitação anterior.</translation>
    </message>
    <message>
        <source>Name lookup</source>
        <translation>Resolução de nome</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Conexão segura (TLS)</translation>
    </message>
    <message>
        <source>SCIM service configuration</source>
        <translation>Configuração do serviço SCIM</translation>
    </message>
    <message>
        <source>User lookup as Entra&apos;s Test Connection does it</source>
        <translation>Pesquisa de usuário como &quot;Testar Conexão&quot; do Entra a faz</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Skipped: the wizard has no network access.</source>
        <translation>Ignorado: o assistente não tem acesso à rede.</translation>
    </message>
    <message>
        <source>%1 is an IP address; no lookup needed.</source>
        <translation>%1 é um endereço IP; nenhuma resolução necessária.</translation>
    </message>
    <message>
        <source>No result within %1 ms.</source>
        <translation>Nenhum resultado em %1 ms.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Connected to %1 port %2.</source>
        <translation>Conectado a %1 na porta %2.</translation>
    </message>
    <message>
        <source>%1: no answer</source>
        <translation>%1: sem resposta</translation>
    </message>
    <message>
        <source>The address starts with http://.</source>
        <translation>O endereço começa com http://.</translation>
    </message>
    <message>
        <source>No TLS handshake within %1 ms.</source>
        <translation>Nenhum handshake TLS em %1 ms.</translation>
    </message>
    <message>
        <source>; filter %1, bulk %2</source>
        <translation>; filtro %1, em massa %2</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>com suporte</translation>
    </message>
    <message>
        <source>not announced</source>
        <translation>não anunciado</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message numerus="yes">
        <source>; %n user(s) found</source>
        <translation>
            <numerusform>; %n usuário encontrado</numerusform>
            <numerusform>; %n usuários encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>; empty ListResponse, as Entra expects</source>
        <translation>; ListResponse vazia, como o Entra espera</translation>
    </message>
    <message>
        <source> (Entra prefers the content type application/scim+json)</source>
        <translation> (o Entra prefere o tipo de conteúdo application/scim+json)</translation>
    </message>
    <message>
        <source>Copy the SCIM endpoint again from Insightly (System Settings, Security, SAML and SCIM) and paste it exactly as shown, without adding /Users.</source>
        <translation>Copie novamente o ponto de extremidade SCIM do Insightly (&quot;System Settings&quot;, &quot;Security&quot;, &quot;SAML and SCIM&quot;) e cole-o exatamente como é mostrado, sem adicionar /Users.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>The name %1 could not be found.</source>
        <translation>O nome %1 não foi encontrado.</translation>
    </message>
    <message>
        <source>The address has a typo or the wrong pod (na1, eu1, au1), or this computer&apos;s network or proxy blocks name lookups.</source>
        <translation>O endereço tem um erro de digitação ou o pod errado (na1, eu1, au1), ou a rede ou o proxy deste computador bloqueia a resolução de nomes.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 recusou a conexão na porta %2.</translation>
    </message>
    <message>
        <source>Nothing answers at that address and port: a wrong port in the Tenant URL, a server that is down, or a firewall.</source>
        <translation>Nada responde nesse endereço e porta: uma porta errada na URL do Locatário, um servidor fora do ar ou um firewall.</translation>
    </message>
    <message>
        <source>Check the address; if it is the one Insightly shows, check your network and try again later. Microsoft connects from its own network, so Insightly must also be reachable from the internet.</source>
        <translation>Verifique o endereço; se for o que o Insightly mostra, verifique sua rede e tente novamente mais tarde. A Microsoft se conecta a partir da própria rede, portanto o Insightly também precisa estar acessível pela internet.</translation>
    </message>
    <message>
        <source>Insightly did not answer within %1 s.</source>
        <translation>O Insightly não respondeu em %1 s.</translation>
    </message>
    <message>
        <source>%1 accepted the connection or the request but sent no answer in time: a slow or busy service, or a proxy or firewall holding the connection.</source>
        <translation>%1 aceitou a conexão ou a solicitação, mas não respondeu a tempo: um serviço lento ou sobrecarregado, ou um proxy ou firewall retendo a conexão.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it keeps happening, check your network and proxy settings.</source>
        <translation>Tente novamente em alguns minutos; se continuar acontecendo, verifique suas configurações de rede e proxy.</translation>
    </message>
    <message>
        <source>The wizard could not reach %1 from this computer.</source>
        <translation>O assistente não conseguiu acessar %1 a partir deste computador.</translation>
    </message>
    <message>
        <source>The connection failed (%1).</source>
        <translation>A conexão falhou (%1).</translation>
    </message>
    <message>
        <source>Check the address, your network and your proxy settings, then try again.</source>
        <translation>Verifique o endereço, sua rede e suas configurações de proxy e tente novamente.</translation>
    </message>
    <message>
        <source>The Tenant URL is not encrypted (http).</source>
        <translation>A URL do Locatário não é criptografada (http).</translation>
    </message>
    <message>
        <source>The Secret Token would travel in clear text; the wizard does not send it there and Microsoft refuses it too.</source>
        <translation>O Token Secreto trafegaria em texto não criptografado; o assistente não o envia para lá e a Microsoft também o recusa.</translation>
    </message>
    <message>
        <source>Use %1, exactly as Insightly shows it.</source>
        <translation>Use %1, exatamente como o Insightly mostra.</translation>
    </message>
    <message>
        <source>The certificate of %1 has been revoked or is invalid.</source>
        <translation>O certificado de %1 foi revogado ou é inválido.</translation>
    </message>
    <message>
        <source>The certificate was withdrawn or altered; the connection cannot be trusted.</source>
        <translation>O certificado foi retirado ou alterado; a conexão não é confiável.</translation>
    </message>
    <message>
        <source>Do not continue; contact the service owner.</source>
        <translation>Não continue; entre em contato com o responsável pelo serviço.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2 to %3.</source>
        <translation>O certificado de %1 só é válido de %2 a %3.</translation>
    </message>
    <message>
        <source>Either the certificate expired, or this computer&apos;s clock is wrong (it shows %1).</source>
        <translation>O certificado expirou ou o relógio deste computador está errado (ele mostra %1).</translation>
    </message>
    <message>
        <source>If the date and time of this computer are wrong, correct them; otherwise the site owner must renew the certificate.</source>
        <translation>Se a data e a hora deste computador estiverem erradas, corrija-as; caso contrário, o responsável pelo site precisa renovar o certificado.</translation>
    </message>
    <message>
        <source>The certificate of this server is for %1, not %2.</source>
        <translation>O certificado deste servidor é para %1, não para %2.</translation>
    </message>
    <message>
        <source>A typo in the address, the wrong pod, an IP address instead of a name, or a proxy answering in Insightly&apos;s place.</source>
        <translation>Um erro de digitação no endereço, o pod errado, um endereço IP em vez de um nome, ou um proxy respondendo no lugar do Insightly.</translation>
    </message>
    <message>
        <source>Check the Tenant URL for typos (for example na1 instead of eu1). %1</source>
        <translation>Verifique se há erros de digitação na URL do Locatário (por exemplo, na1 em vez de eu1). %1</translation>
    </message>
    <message>
        <source>The wizard could not confirm it is really talking to %1: its certificate was issued by %2, which this computer does not trust.</source>
        <translation>O assistente não conseguiu confirmar que está realmente se comunicando com %1: o certificado foi emitido por %2, em que este computador não confia.</translation>
    </message>
    <message>
        <source>A self-signed or private certificate, a server missing part of its certificate chain, or a company proxy that inspects HTTPS traffic. Microsoft&apos;s provisioning service requires a publicly trusted certificate too.</source>
        <translation>Um certificado autoassinado ou privado, um servidor sem parte da cadeia de certificados, ou um proxy da empresa que inspeciona o tráfego HTTPS. O serviço de provisionamento da Microsoft também exige um certificado publicamente confiável.</translation>
    </message>
    <message>
        <source>If your company inspects HTTPS traffic, ask IT to exclude %1 or to install their root certificate. Otherwise contact the owner of the server.</source>
        <translation>Se a sua empresa inspeciona o tráfego HTTPS, peça à TI para excluir %1 ou para instalar o certificado raiz dela. Caso contrário, entre em contato com o responsável pelo servidor.</translation>
    </message>
    <message>
        <source>A secure connection could not be negotiated with %1.</source>
        <translation>Não foi possível negociar uma conexão segura com %1.</translation>
    </message>
    <message>
        <source>The server may only support old TLS versions; Microsoft requires TLS 1.2 or newer.</source>
        <translation>O servidor pode oferecer suporte apenas a versões antigas do TLS; a Microsoft exige TLS 1.2 ou mais recente.</translation>
    </message>
    <message>
        <source>Check the address; if it is right, contact the service owner.</source>
        <translation>Verifique o endereço; se estiver correto, entre em contato com o responsável pelo serviço.</translation>
    </message>
    <message>
        <source>That address answered, but not like a SCIM service.</source>
        <translation>Esse endereço respondeu, mas não como um serviço SCIM.</translation>
    </message>
    <message>
        <source>It sent %1 instead of SCIM JSON: the address is probably an Insightly web page (a sign-in page), the REST API, or a proxy&apos;s page rather than the SCIM endpoint.</source>
        <translation>Ele enviou %1 em vez de JSON SCIM: o endereço provavelmente é uma página da Web do Insightly (uma página de entrada), a API REST ou a página de um proxy, e não o ponto de extremidade SCIM.</translation>
    </message>
    <message>
        <source>an answer without a content type</source>
        <translation>uma resposta sem tipo de conteúdo</translation>
    </message>
    <message numerus="yes">
        <source>The lookup of a user that cannot exist returned %n user(s).</source>
        <translation>
            <numerusform>A pesquisa de um usuário que não pode existir retornou %n usuário.</numerusform>
            <numerusform>A pesquisa de um usuário que não pode existir retornou %n usuários.</numerusform>
        </translation>
    </message>
    <message>
        <source>The endpoint ignores the userName filter Entra uses to match users, so Entra would match the wrong people.</source>
        <translation>O ponto de extremidade ignora o filtro userName que o Entra usa para corresponder usuários, então o Entra corresponderia as pessoas erradas.</translation>
    </message>
    <message>
        <source>Check that the Tenant URL is Insightly&apos;s SCIM endpoint; if it is, contact Insightly support.</source>
        <translation>Verifique se a URL do Locatário é o ponto de extremidade SCIM do Insightly; se for, entre em contato com o suporte do Insightly.</translation>
    </message>
    <message>
        <source>Insightly rejected the Secret Token (HTTP 401).</source>
        <translation>O Insightly rejeitou o Token Secreto (HTTP 401).</translation>
    </message>
    <message>
        <source>The token was mistyped, or it was regenerated in Insightly, which cancels the previous one.</source>
        <translation>O token foi digitado incorretamente ou foi gerado novamente no Insightly, o que cancela o anterior.</translation>
    </message>
    <message>
        <source>Copy the current token from Insightly&apos;s SAML and SCIM settings (System Settings, Security, SAML and SCIM) and paste it again, without spaces.</source>
        <translation>Copie o token atual das configurações de SAML e SCIM do Insightly (&quot;System Settings&quot;, &quot;Security&quot;, &quot;SAML and SCIM&quot;) e cole-o novamente, sem espaços.</translation>
    </message>
    <message>
        <source>Insightly refused the Secret Token (HTTP 403).</source>
        <translation>O Insightly recusou o Token Secreto (HTTP 403).</translation>
    </message>
    <message>
        <source>The token may have been regenerated in Insightly, or SCIM provisioning is not switched on (it needs the Enterprise plan and SAML single sign-on).</source>
        <translation>O token pode ter sido gerado novamente no Insightly, ou o provisionamento SCIM não está ativado (ele exige o plano Enterprise e o logon único SAML).</translation>
    </message>
    <message>
        <source>In Insightly&apos;s SAML and SCIM settings, check that Enable SCIM Provisioning is ticked, then copy the current token from there and paste it again.</source>
        <translation>Nas configurações de SAML e SCIM do Insightly, verifique se &quot;Enable SCIM Provisioning&quot; está marcado e, em seguida, copie o token atual dali e cole-o novamente.</translation>
    </message>
    <message>
        <source>Nothing was found at that address (HTTP %1).</source>
        <translation>Nada foi encontrado nesse endereço (HTTP %1).</translation>
    </message>
    <message>
        <source>The path is wrong: a segment is missing or added, the pod is wrong, or SCIM is not enabled. Check that the Tenant URL is the SCIM endpoint Insightly shows.</source>
        <translation>O caminho está errado: falta ou sobra um segmento, o pod está errado ou o SCIM não está habilitado. Verifique se a URL do Locatário é o ponto de extremidade SCIM que o Insightly mostra.</translation>
    </message>
    <message>
        <source>The address redirects to %1 instead of answering.</source>
        <translation>O endereço redireciona para %1 em vez de responder.</translation>
    </message>
    <message>
        <source>A SCIM endpoint answers directly; a redirect usually leads to a sign-in page or from http to https. The wizard does not follow it, so the token is not sent elsewhere.</source>
        <translation>Um ponto de extremidade SCIM responde diretamente; um redirecionamento geralmente leva a uma página de entrada ou de http para https. O assistente não o segue, para que o token não seja enviado a outro lugar.</translation>
    </message>
    <message>
        <source>The endpoint refused the standard user lookup Entra makes (invalid filter).</source>
        <translation>O ponto de extremidade recusou a pesquisa de usuário padrão que o Entra faz (filtro inválido).</translation>
    </message>
    <message>
        <source>It does not accept userName eq &quot;…&quot; filters, so it is not a SCIM service Entra can use, or not the SCIM endpoint at all.</source>
        <translation>Ele não aceita filtros userName eq &quot;…&quot;, portanto não é um serviço SCIM que o Entra possa usar, ou nem é o ponto de extremidade SCIM.</translation>
    </message>
    <message>
        <source>Check the Tenant URL; if it is correct, contact Insightly support.</source>
        <translation>Verifique a URL do Locatário; se estiver correta, entre em contato com o suporte do Insightly.</translation>
    </message>
    <message>
        <source>Insightly is limiting requests (HTTP 429).</source>
        <translation>O Insightly está limitando as solicitações (HTTP 429).</translation>
    </message>
    <message>
        <source>Too many requests were sent in a short time.</source>
        <translation>Muitas solicitações foram enviadas em pouco tempo.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and test again.</source>
        <translation>
            <numerusform>Aguarde %n segundo e teste novamente.</numerusform>
            <numerusform>Aguarde %n segundos e teste novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a minute and test again.</source>
        <translation>Aguarde um minuto e teste novamente.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM service had a problem (HTTP %1).</source>
        <translation>O serviço SCIM do Insightly teve um problema (HTTP %1).</translation>
    </message>
    <message>
        <source>An error on Insightly&apos;s side or in a proxy in front of it.</source>
        <translation>Um erro do lado do Insightly ou em um proxy à frente dele.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, check Insightly&apos;s status page or contact their support.</source>
        <translation>Tente novamente em alguns minutos; se o problema persistir, verifique a página de status do Insightly ou entre em contato com o suporte dele.</translation>
    </message>
    <message>
        <source>The endpoint answered HTTP %1.</source>
        <translation>O ponto de extremidade respondeu HTTP %1.</translation>
    </message>
    <message>
        <source>A SCIM endpoint answers this request with HTTP 200.</source>
        <translation>Um ponto de extremidade SCIM responde a esta solicitação com HTTP 200.</translation>
    </message>
    <message>
        <source>no certificate received</source>
        <translation>nenhum certificado recebido</translation>
    </message>
    <message numerus="yes">
        <source>certificate for %1, issued by %2, valid until %3 (%n day(s) left)</source>
        <translation>
            <numerusform>certificado para %1, emitido por %2, válido até %3 (resta %n dia)</numerusform>
            <numerusform>certificado para %1, emitido por %2, válido até %3 (restam %n dias)</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1, %2, %3 ms</source>
        <translation>HTTP %1, %2, %3 ms</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>sem tipo de conteúdo</translation>
    </message>
    <message>
        <source>%1 is looked up by the proxy %2.</source>
        <translation>O proxy %2 resolve o nome %1.</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 through the proxy %3.</source>
        <translation>Conectado a %1 na porta %2 por meio do proxy %3.</translation>
    </message>
    <message>
        <source>Through the proxy %1: %2</source>
        <translation>Por meio do proxy %1: %2</translation>
    </message>
    <message>
        <source>No connection through the proxy %1 within %2 ms.</source>
        <translation>Sem conexão por meio do proxy %1 em %2 ms.</translation>
    </message>
</context>
<context>
    <name>insightly::ScimStatusPanel</name>
    <message>
        <source>Provisioning status (refreshed automatically)</source>
        <translation>Status do provisionamento (atualizado automaticamente)</translation>
    </message>
    <message>
        <source>Provisioning status</source>
        <translation>Status do provisionamento</translation>
    </message>
    <message>
        <source>Provisioning state</source>
        <translation>Estado do provisionamento</translation>
    </message>
    <message>
        <source>Last cycle</source>
        <translation>Último ciclo</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Contagens</translation>
    </message>
    <message>
        <source>Steady state</source>
        <translation>Estado estável</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarentena</translation>
    </message>
    <message>
        <source>Status error</source>
        <translation>Erro de status</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Last cycle:</source>
        <translation>Último ciclo:</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Contagens:</translation>
    </message>
    <message>
        <source>Steady state:</source>
        <translation>Estado estável:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
    <message>
        <source>The status could not be read: %1 %2</source>
        <translation>Não foi possível ler o status: %1 %2</translation>
    </message>
    <message>
        <source>Active — provisioning runs on its schedule.</source>
        <translation>Ativo — o provisionamento é executado conforme o agendamento.</translation>
    </message>
    <message>
        <source>Not run yet — credentials saved; the first cycle has not run.</source>
        <translation>Ainda não executado — credenciais salvas; o primeiro ciclo ainda não foi executado.</translation>
    </message>
    <message>
        <source>Not configured — the Tenant URL and Secret Token are not saved.</source>
        <translation>Não configurado — a URL do Locatário e o Token Secreto não estão salvos.</translation>
    </message>
    <message>
        <source>Paused — provisioning was stopped.</source>
        <translation>Pausado — o provisionamento foi interrompido.</translation>
    </message>
    <message>
        <source>Quarantine — provisioning is paused by Microsoft.</source>
        <translation>Quarentena — o provisionamento foi pausado pela Microsoft.</translation>
    </message>
    <message>
        <source>No cycle has run yet. The first one can take a while in Microsoft Entra.</source>
        <translation>Nenhum ciclo foi executado ainda. O primeiro pode demorar um pouco no Microsoft Entra.</translation>
    </message>
    <message>
        <source>%1, ended %2</source>
        <translation>%1, terminado em %2</translation>
    </message>
    <message>
        <source>Last successful cycle: %1</source>
        <translation>Último ciclo bem-sucedido: %1</translation>
    </message>
    <message>
        <source>Error: %1 %2</source>
        <translation>Erro: %1 %2</translation>
    </message>
    <message>
        <source>%1 in scope, %2 changes sent to Insightly, %3 failed, %4 users in sync</source>
        <translation>%1 no escopo, %2 alterações enviadas ao Insightly, %3 com falha, %4 usuários sincronizados</translation>
    </message>
    <message>
        <source>Reached, last at %1</source>
        <translation>Atingido, pela última vez em %1</translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation>Ainda não atingido</translation>
    </message>
    <message>
        <source>Quarantine (%1): %2</source>
        <translation>Quarentena (%1): %2</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Causa: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correção: %1</translation>
    </message>
    <message>
        <source>Microsoft&apos;s message: %1</source>
        <translation>Mensagem da Microsoft: %1</translation>
    </message>
</context>
<context>
    <name>insightly::ScimTestResults</name>
    <message>
        <source>Cause: %1</source>
        <translation>Causa: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correção: %1</translation>
    </message>
    <message>
        <source>The wizard&apos;s own connection test</source>
        <translation>O teste de conexão do próprio assistente</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>O que foi visto</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Cause and fix</source>
        <translation>Causa e correção</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Selecionar todas as linhas</translation>
    </message>
    <message>
        <source>Microsoft Entra&apos;s Test Connection</source>
        <translation>&quot;Testar Conexão&quot; do Microsoft Entra</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Microsoft Entra&apos;s Test Connection: running…</source>
        <translation>&quot;Testar Conexão&quot; do Microsoft Entra: em execução…</translation>
    </message>
    <message>
        <source>✓ Microsoft Entra&apos;s Test Connection passed (HTTP %1, %2 ms): Microsoft&apos;s provisioning service reached Insightly and the token was accepted.</source>
        <translation>✓ &quot;Testar Conexão&quot; do Microsoft Entra foi aprovado (HTTP %1, %2 ms): o serviço de provisionamento da Microsoft acessou o Insightly e o token foi aceito.</translation>
    </message>
    <message>
        <source>✗ Microsoft Entra&apos;s Test Connection failed (HTTP %1).</source>
        <translation>✗ &quot;Testar Conexão&quot; do Microsoft Entra falhou (HTTP %1).</translation>
    </message>
    <message>
        <source>Entra&apos;s answer: [%1] %2</source>
        <translation>Resposta do Entra: [%1] %2</translation>
    </message>
    <message>
        <source>Our reading: %1</source>
        <translation>Nossa interpretação: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID da solicitação: %1</translation>
    </message>
    <message>
        <source>✗ Microsoft Entra&apos;s Test Connection could not run.</source>
        <translation>✗ Não foi possível executar &quot;Testar Conexão&quot; do Microsoft Entra.</translation>
    </message>
</context>
<context>
    <name>insightly::ScimTokenRotationFlow</name>
    <message>
        <source>Looking for the existing setup…</source>
        <translation>Procurando a configuração existente…</translation>
    </message>
    <message>
        <source>Several Insightly SAML applications exist in this tenant.</source>
        <translation>Existem vários aplicativos Insightly SAML neste locatário.</translation>
    </message>
    <message>
        <source>Run a new setup and choose the application in step 1; then rotate its token.</source>
        <translation>Execute uma nova configuração e escolha o aplicativo na etapa 1; depois, faça a rotação do token dele.</translation>
    </message>
    <message>
        <source>Testing the new token from this computer and from Microsoft Entra…</source>
        <translation>Testando o novo token a partir deste computador e do Microsoft Entra…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved in Microsoft Entra.</source>
        <translation>Cancelado. Nada foi salvo no Microsoft Entra.</translation>
    </message>
    <message>
        <source>Nothing was saved in Microsoft Entra: it keeps the previous Tenant URL and Secret Token. If you already clicked Regenerate in Insightly, the previous token no longer works — paste the new one and test again.</source>
        <translation>Nada foi salvo no Microsoft Entra: ele mantém a URL do Locatário e o Token Secreto anteriores. Se você já clicou em &quot;Regenerate&quot; no Insightly, o token anterior não funciona mais — cole o novo e teste novamente.</translation>
    </message>
    <message>
        <source>Saving the new token in Microsoft Entra and starting provisioning…</source>
        <translation>Salvando o novo token no Microsoft Entra e iniciando o provisionamento…</translation>
    </message>
    <message>
        <source>The new token passed the tests but was not saved: Entra may still hold the previous one. Test and save again.</source>
        <translation>O novo token passou nos testes, mas não foi salvo: o Entra ainda pode ter o anterior. Teste e salve novamente.</translation>
    </message>
    <message>
        <source>Saved: Microsoft Entra provisions Insightly with the new token (%1).</source>
        <translation>Salvo: o Microsoft Entra provisiona o Insightly com o novo token (%1).</translation>
    </message>
    <message>
        <source>The SCIM token is rotated.</source>
        <translation>A rotação do token SCIM foi feita.</translation>
    </message>
</context>
<context>
    <name>insightly::SetupChoiceModel</name>
    <message>
        <source>certificate rotation not finished</source>
        <translation>rotação do certificado não concluída</translation>
    </message>
    <message>
        <source>last sign-in test failed</source>
        <translation>o último teste de entrada falhou</translation>
    </message>
    <message>
        <source>set up</source>
        <translation>configurada</translation>
    </message>
    <message>
        <source>step %1 of 4 done</source>
        <translation>etapa %1 de 4 concluída</translation>
    </message>
    <message>
        <source>A new setup</source>
        <translation>Uma nova configuração</translation>
    </message>
    <message>
        <source>Connect another tenant or Insightly instance.</source>
        <translation>Conectar outro locatário ou outra instância do Insightly.</translation>
    </message>
    <message>
        <source>Insightly instance not chosen yet</source>
        <translation>instância do Insightly ainda não escolhida</translation>
    </message>
    <message>
        <source>%1, instance %2</source>
        <translation>%1, instância %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3, %4</source>
        <extracomment>A saved setup in the Welcome page&apos;s list: tenant — Insightly instance — progress, date of the last save</extracomment>
        <translation>%1 — %2 — %3, %4</translation>
    </message>
    <message>
        <source>Tenant ID %1; last saved %2</source>
        <translation>ID do locatário %1; salva pela última vez em %2</translation>
    </message>
</context>
<context>
    <name>insightly::SetupStateStore</name>
    <message>
        <source>The saved setup for %1 couldn&apos;t be opened.</source>
        <translation>Não foi possível abrir a configuração salva de %1.</translation>
    </message>
    <message>
        <source>Check the permissions of %1, then restart the wizard. Until then, the wizard won&apos;t overwrite it.</source>
        <translation>Verifique as permissões de %1 e reinicie o assistente. Até lá, o assistente não a substituirá.</translation>
    </message>
    <message>
        <source>It isn&apos;t valid JSON (%1 at byte %2).</source>
        <translation>Não é um JSON válido (%1 no byte %2).</translation>
    </message>
    <message>
        <source>It doesn&apos;t contain a setup.</source>
        <translation>Ele não contém uma configuração.</translation>
    </message>
    <message>
        <source>It has no valid format version.</source>
        <translation>Ele não tem uma versão de formato válida.</translation>
    </message>
    <message>
        <source>It belongs to another tenant.</source>
        <translation>Ele pertence a outro locatário.</translation>
    </message>
    <message>
        <source>The saved setup for %1 was created by a newer version of Insightly SSO Setup.</source>
        <translation>A configuração salva de %1 foi criada por uma versão mais recente do Insightly SSO Setup.</translation>
    </message>
    <message>
        <source>This version understands setup format %1; the file uses format %2.</source>
        <translation>Esta versão entende o formato de configuração %1; o arquivo usa o formato %2.</translation>
    </message>
    <message>
        <source>Update the app to the latest version, then open this setup again. The file was left untouched.</source>
        <translation>Atualize o aplicativo para a versão mais recente e abra esta configuração novamente. O arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>The saved setup for %1 couldn&apos;t be read.</source>
        <translation>Não foi possível ler a configuração salva de %1.</translation>
    </message>
    <message>
        <source>The file is damaged. %1</source>
        <translation>O arquivo está danificado. %1</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be moved aside, so the wizard won&apos;t overwrite it. Move or delete %1, then restart the wizard.</source>
        <translation>Não foi possível mover o arquivo para o lado, portanto o assistente não o substituirá. Mova ou exclua %1 e reinicie o assistente.</translation>
    </message>
    <message>
        <source>The wizard starts this setup afresh and checks what already exists in your tenant, so nothing is created twice. The damaged file was kept as %1.</source>
        <translation>O assistente recomeça esta configuração do zero e verifica o que já existe no seu locatário, para que nada seja criado duas vezes. O arquivo danificado foi mantido como %1.</translation>
    </message>
    <message>
        <source>The setup progress for %1 isn&apos;t being saved.</source>
        <translation>O progresso da configuração de %1 não está sendo salvo.</translation>
    </message>
    <message>
        <source>Its saved file was made by a newer version of the app, or couldn&apos;t be read.</source>
        <translation>O arquivo salvo foi criado por uma versão mais recente do aplicativo, ou não pôde ser lido.</translation>
    </message>
    <message>
        <source>Update the app, or move %1 away, then restart the wizard.</source>
        <translation>Atualize o aplicativo ou mova %1 para outro lugar e reinicie o assistente.</translation>
    </message>
    <message>
        <source>A saved setup for this tenant exists and wasn&apos;t opened.</source>
        <translation>Existe uma configuração salva para este locatário que não foi aberta.</translation>
    </message>
    <message>
        <source>Restart the wizard to continue the saved setup.</source>
        <translation>Reinicie o assistente para continuar a configuração salva.</translation>
    </message>
    <message>
        <source>The setup progress couldn&apos;t be saved.</source>
        <translation>Não foi possível salvar o progresso da configuração.</translation>
    </message>
    <message>
        <source>The folder %1 can&apos;t be created or isn&apos;t a folder.</source>
        <translation>A pasta %1 não pode ser criada ou não é uma pasta.</translation>
    </message>
    <message>
        <source>Free some disk space or make %1 writable, then choose Retry, or choose another folder. Until then the wizard keeps working, but a later run may not resume where this one stopped.</source>
        <translation>Libere espaço em disco ou permita a gravação na pasta %1 e escolha &quot;Tentar salvar novamente&quot;, ou escolha outra pasta. Até lá o assistente continua funcionando, mas uma execução posterior pode não continuar de onde esta parou.</translation>
    </message>
    <message>
        <source>It belongs to another Insightly instance.</source>
        <translation>Ela pertence a outra instância do Insightly.</translation>
    </message>
</context>
<context>
    <name>insightly::SetupStatusReport</name>
    <message>
        <source>Depends on the enterprise application, which could not be read.</source>
        <translation>Depende do aplicativo empresarial, que não pôde ser lido.</translation>
    </message>
    <message>
        <source>No Insightly SAML application to check.</source>
        <translation>Nenhum aplicativo Insightly SAML para verificar.</translation>
    </message>
    <message>
        <source>Sign in to Microsoft Entra to read the status.</source>
        <translation>Entre no Microsoft Entra para ler o status.</translation>
    </message>
    <message>
        <source>Cancelled before it was read.</source>
        <translation>Cancelado antes de ser lido.</translation>
    </message>
</context>
<context>
    <name>insightly::SetupWizard</name>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>insightly::SignInPage</name>
    <message>
        <source>Sign in to Microsoft Entra ID</source>
        <translation>Entrar no Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Sign in with an account that may manage enterprise applications in your tenant.</source>
        <translation>Entre com uma conta que possa gerenciar aplicativos empresariais no seu locatário.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sign in on this page. Before it changes anything, the wizard checks that your account holds the &lt;b&gt;Cloud Application Administrator&lt;/b&gt; or &lt;b&gt;Application Administrator&lt;/b&gt; role and that the permissions it needs were granted.&lt;/p&gt;&lt;p&gt;If your organisation does not allow signing in from an embedded browser, use &lt;i&gt;Sign in with the system browser&lt;/i&gt; or &lt;i&gt;Sign in with a code&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Your session is kept in the system keychain, so the next start signs you in without asking again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Entre nesta página. Antes de alterar qualquer coisa, o assistente verifica se sua conta tem a função &lt;b&gt;Administrador de Aplicativos de Nuvem&lt;/b&gt; ou &lt;b&gt;Administrador de Aplicativos&lt;/b&gt; e se as permissões necessárias foram concedidas.&lt;/p&gt;&lt;p&gt;Se a sua organização não permitir entrar por um navegador incorporado, use &lt;i&gt;Entrar com o navegador do sistema&lt;/i&gt; ou &lt;i&gt;Entrar com um código&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Sua sessão é mantida no chaveiro do sistema, portanto na próxima inicialização você entra sem que seja solicitado novamente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Código de entrada</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copiar código</translation>
    </message>
    <message>
        <source>&amp;Open the sign-in page</source>
        <translation>&amp;Abrir a página de entrada</translation>
    </message>
    <message>
        <source>Sign in &amp;here</source>
        <translation>Entrar a&amp;qui</translation>
    </message>
    <message>
        <source>Sign in with the &amp;system browser</source>
        <translation>Entrar com o navegador do &amp;sistema</translation>
    </message>
    <message>
        <source>Signing you in with your saved session…</source>
        <translation>Entrando com a sua sessão salva…</translation>
    </message>
    <message>
        <source>The wizard could not open a local port to receive the sign-in.</source>
        <translation>O assistente não conseguiu abrir uma porta local para receber a entrada.</translation>
    </message>
    <message>
        <source>Sign in here or with a code instead.</source>
        <translation>Entre aqui ou com um código.</translation>
    </message>
    <message>
        <source>Your browser opened Microsoft&apos;s sign-in page. Sign in there; this page continues by itself when you are done.</source>
        <translation>Seu navegador abriu a página de entrada da Microsoft. Entre nela; esta página continua sozinha quando você terminar.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Aguardando a entrada no seu navegador…</translation>
    </message>
    <message>
        <source>The system browser could not be opened.</source>
        <translation>Não foi possível abrir o navegador do sistema.</translation>
    </message>
    <message>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>Solicitando um código de entrada à Microsoft…</translation>
    </message>
    <message>
        <source>On any device, open %1 and enter this code. This page continues by itself when you are done.</source>
        <translation>Em qualquer dispositivo, abra %1 e insira este código. Esta página continua sozinha quando você terminar.</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code…</source>
        <translation>Aguardando você inserir o código…</translation>
    </message>
    <message>
        <source>Completing the sign-in and checking your permissions…</source>
        <translation>Concluindo a entrada e verificando suas permissões…</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Você não está conectado.</translation>
    </message>
    <message>
        <source>&amp;Retry saving</source>
        <translation>&amp;Tentar salvar novamente</translation>
    </message>
    <message>
        <source>Retry saving the setup progress</source>
        <translation>Tentar salvar novamente o progresso da configuração</translation>
    </message>
    <message>
        <source>Choose another &amp;folder…</source>
        <translation>&amp;Escolher outra pasta…</translation>
    </message>
    <message>
        <source>Choose another folder for the setup progress</source>
        <translation>Escolher outra pasta para o progresso da configuração</translation>
    </message>
    <message>
        <source>Choose a folder for the setup progress</source>
        <translation>Escolher uma pasta para o progresso da configuração</translation>
    </message>
    <message>
        <source>Sign in with a co&amp;de</source>
        <translation>Entrar com um c&amp;ódigo</translation>
    </message>
    <message>
        <source>Sign in as someone e&amp;lse</source>
        <translation>Entrar como &amp;outra pessoa</translation>
    </message>
</context>
<context>
    <name>insightly::SignInTestFlow</name>
    <message>
        <source>Insightly did not show a page after the sign-in within a minute.</source>
        <translation>O Insightly não mostrou uma página no prazo de um minuto após a entrada.</translation>
    </message>
    <message>
        <source>Making sure you are assigned to the application…</source>
        <translation>Garantindo que você esteja atribuído ao aplicativo…</translation>
    </message>
    <message>
        <source>The sign-in test could not start.</source>
        <translation>Não foi possível iniciar o teste de entrada.</translation>
    </message>
    <message>
        <source>Sign in with your Entra account in the browser below if it asks; the wizard watches what Entra sends to Insightly.</source>
        <translation>Entre com sua conta do Entra no navegador abaixo, se solicitado; o assistente observa o que o Entra envia ao Insightly.</translation>
    </message>
    <message>
        <source>Entra sent the sign-in to Insightly; waiting for Insightly&apos;s answer…</source>
        <translation>O Entra enviou a entrada ao Insightly; aguardando a resposta do Insightly…</translation>
    </message>
    <message>
        <source>Insightly sent the browser to another site (%1).</source>
        <translation>O Insightly enviou o navegador para outro site (%1).</translation>
    </message>
    <message>
        <source>Insightly answered with an error page at %1.</source>
        <translation>O Insightly respondeu com uma página de erro no endereço %1.</translation>
    </message>
    <message>
        <source>Insightly kept the browser on its SAML sign-in address (%1).</source>
        <translation>O Insightly manteve o navegador no endereço de entrada SAML dele (%1).</translation>
    </message>
    <message>
        <source>The page says: %1</source>
        <translation>A página diz: %1</translation>
    </message>
    <message>
        <source>Signed in to Insightly</source>
        <translation>Conectado ao Insightly</translation>
    </message>
    <message>
        <source>Insightly opened</source>
        <translation>Insightly aberto</translation>
    </message>
    <message>
        <source>Insightly did not accept the sign-in.</source>
        <translation>O Insightly não aceitou a entrada.</translation>
    </message>
    <message>
        <source>Fix the failed checks above, then test again.</source>
        <translation>Corrija as verificações com falha acima e teste novamente.</translation>
    </message>
    <message>
        <source>Signed in to Insightly as %1.</source>
        <translation>Conectado ao Insightly como %1.</translation>
    </message>
    <message>
        <source>The sign-in test failed.</source>
        <translation>O teste de entrada falhou.</translation>
    </message>
    <message>
        <source>The sign-in works. %1</source>
        <translation>A entrada funciona. %1</translation>
    </message>
</context>
<context>
    <name>insightly::SignInTestPanel</name>
    <message>
        <source>Test the sign-in before enforcing SAML</source>
        <translation>Testar a entrada antes de impor o SAML</translation>
    </message>
    <message>
        <source>&amp;Test the sign-in</source>
        <translation>&amp;Testar a entrada</translation>
    </message>
    <message>
        <source>Test the sign-in to Insightly through Entra</source>
        <translation>Testar a entrada no Insightly por meio do Entra</translation>
    </message>
    <message>
        <source>After the upload in Insightly, test one sign-in through Entra.</source>
        <translation>Após o carregamento no Insightly, teste uma entrada por meio do Entra.</translation>
    </message>
    <message>
        <source>Status of the sign-in test</source>
        <translation>Status do teste de entrada</translation>
    </message>
    <message>
        <source>Checklist of the sign-in test</source>
        <translation>Lista de verificação do teste de entrada</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>Reason and fix</source>
        <translation>Motivo e correção</translation>
    </message>
    <message>
        <source>I ticked Enforce SAML Login and saved</source>
        <translation>Marquei &quot;Enforce SAML Login&quot; e salvei</translation>
    </message>
    <message>
        <source>I ticked Enforce SAML Login in Insightly and saved</source>
        <translation>Marquei &quot;Enforce SAML Login&quot; no Insightly e salvei</translation>
    </message>
    <message>
        <source>Confirm that SAML login is enforced in Insightly</source>
        <translation>Confirmar que o logon SAML está imposto no Insightly</translation>
    </message>
    <message>
        <source>Whether SAML login is enforced</source>
        <translation>Se o logon SAML está imposto</translation>
    </message>
    <message>
        <source>Reading the certificate Insightly holds…</source>
        <translation>Lendo o certificado que o Insightly tem…</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ aprovado</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ com falha</translation>
    </message>
    <message>
        <source>Enforce SAML Login is ticked but not saved yet: click Save in Insightly.</source>
        <translation>&quot;Enforce SAML Login&quot; está marcado, mas ainda não foi salvo: clique em &quot;Save&quot; no Insightly.</translation>
    </message>
    <message>
        <source>Enforce SAML Login is not ticked in Insightly yet.</source>
        <translation>&quot;Enforce SAML Login&quot; ainda não está marcado no Insightly.</translation>
    </message>
    <message>
        <source>Tick the box once you have saved Enforce SAML Login in Insightly.</source>
        <translation>Marque a caixa depois de salvar &quot;Enforce SAML Login&quot; no Insightly.</translation>
    </message>
    <message>
        <source>SAML login is enforced in Insightly.</source>
        <translation>O logon SAML está imposto no Insightly.</translation>
    </message>
    <message>
        <source>Browser of the sign-in test</source>
        <translation>Navegador do teste de entrada</translation>
    </message>
    <message>
        <source>Next: enforce SAML login</source>
        <translation>Próximo passo: impor o logon SAML</translation>
    </message>
    <message>
        <source>&lt;b&gt;The sign-in works.&lt;/b&gt; Now, in the Insightly tab: tick &lt;b&gt;Enforce SAML Login&lt;/b&gt; and click &lt;b&gt;Save&lt;/b&gt;. Then confirm here.</source>
        <translation>&lt;b&gt;A entrada funciona.&lt;/b&gt; Agora, na guia Insightly, marque &lt;b&gt;Enforce SAML Login&lt;/b&gt; e clique em &lt;b&gt;Save&lt;/b&gt;. Depois, confirme aqui.</translation>
    </message>
    <message>
        <source>Confir&amp;m</source>
        <translation>Confirm&amp;ar</translation>
    </message>
</context>
<context>
    <name>insightly::StepPage</name>
    <message>
        <source>Instructions for this step</source>
        <translation>Instruções para esta etapa</translation>
    </message>
    <message>
        <source>Not available in this version yet.</source>
        <translation>Ainda não disponível nesta versão.</translation>
    </message>
    <message>
        <source>Embedded browsers</source>
        <translation>Navegadores incorporados</translation>
    </message>
</context>
<context>
    <name>insightly::SummaryPage</name>
    <message>
        <source>Summary — status of the setup</source>
        <translation>Resumo — status da configuração</translation>
    </message>
    <message>
        <source>Read live from Microsoft Entra; what is not right says what to do.</source>
        <translation>Lido em tempo real do Microsoft Entra; o que não estiver certo diz o que fazer.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each line is read from Microsoft Entra now, not from what the wizard remembers, so this page is also how to check an existing setup later.&lt;/p&gt;&lt;p&gt;Users start Insightly from &lt;b&gt;My Apps&lt;/b&gt; (https://myapps.microsoft.com/): Insightly supports sign-in started from Microsoft only.&lt;/p&gt;&lt;p&gt;Microsoft e-mails the notification addresses 60, 30 and 7 days before the signing certificate expires; rotate it before then.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cada linha é lida agora do Microsoft Entra, não do que o assistente lembra; por isso, esta página também serve para verificar uma configuração existente mais tarde.&lt;/p&gt;&lt;p&gt;Os usuários iniciam o Insightly em &lt;b&gt;Meus Aplicativos&lt;/b&gt; (https://myapps.microsoft.com/): o Insightly só oferece suporte à entrada iniciada pela Microsoft.&lt;/p&gt;&lt;p&gt;A Microsoft envia e-mails aos endereços de notificação 60, 30 e 7 dias antes de o certificado de assinatura expirar; faça a rotação dele antes disso.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Ainda não lido.</translation>
    </message>
    <message>
        <source>Progress of the status check</source>
        <translation>Progresso da verificação de status</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Read the status again</source>
        <translation>Ler o status novamente</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel the status check</source>
        <translation>Cancelar a verificação de status</translation>
    </message>
    <message>
        <source>Cop&amp;y report</source>
        <translation>Co&amp;piar relatório</translation>
    </message>
    <message>
        <source>Copy the status report to the clipboard</source>
        <translation>Copiar o relatório de status para a área de transferência</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Salvar relatório…</translation>
    </message>
    <message>
        <source>Save the status report to a file</source>
        <translation>Salvar o relatório de status em um arquivo</translation>
    </message>
    <message>
        <source>Result of saving the report</source>
        <translation>Resultado do salvamento do relatório</translation>
    </message>
    <message>
        <source>Users sign in here: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Os usuários entram aqui: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>My Apps, where users sign in to Insightly</source>
        <translation>Meus Aplicativos, onde os usuários entram no Insightly</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID da solicitação: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>O que fazer:</translation>
    </message>
    <message>
        <source>Reading the status from Microsoft Entra… %1 of %2 checks done.</source>
        <translation>Lendo o status do Microsoft Entra… %1 de %2 verificações concluídas.</translation>
    </message>
    <message>
        <source>Cancelled; select Refresh to read the status again.</source>
        <translation>Cancelado; selecione &quot;Atualizar&quot; para ler o status novamente.</translation>
    </message>
    <message>
        <source>Everything checked is in order.</source>
        <translation>Tudo o que foi verificado está em ordem.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see &quot;What to do&quot; below.</source>
        <translation>
            <numerusform>%n aviso: veja &quot;O que fazer&quot; abaixo.</numerusform>
            <numerusform>%n avisos: veja &quot;O que fazer&quot; abaixo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) and %1 warning(s): see &quot;What to do&quot; below.</source>
        <translation>
            <numerusform>%n problema e %1 aviso(s): veja &quot;O que fazer&quot; abaixo.</numerusform>
            <numerusform>%n problemas e %1 aviso(s): veja &quot;O que fazer&quot; abaixo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>O relatório está na área de transferência.</translation>
    </message>
    <message>
        <source>Save the status report</source>
        <translation>Salvar o relatório de status</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Relatório salvo em %1.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2. Choose another folder.</source>
        <translation>Não foi possível salvar o relatório em %1: %2. Escolha outra pasta.</translation>
    </message>
    <message>
        <source>Remove what this wizard created, after a confirmation that lists it</source>
        <translation>Remover o que este assistente criou, após uma confirmação que lista tudo</translation>
    </message>
    <message numerus="yes">
        <source>Changes made by this wizard (%n)</source>
        <translation>
            <numerusform>Alterações feitas por este assistente (%n)</numerusform>
            <numerusform>Alterações feitas por este assistente (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>request-id %1</source>
        <translation>request-id %1</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf);;Text (*.txt)</source>
        <translation>Página da Web (*.html);;Documento PDF (*.pdf);;Texto (*.txt)</translation>
    </message>
    <message>
        <source>Remove what this wizard cr&amp;eated…</source>
        <translation>&amp;Remover o que este assistente criou…</translation>
    </message>
    <message>
        <source>Check this setup every &amp;week and notify me when something needs attention</source>
        <translation>Verificar esta configuração toda se&amp;mana e me avisar quando algo precisar de atenção</translation>
    </message>
    <message>
        <source>Check this setup every week and notify me when something needs attention</source>
        <translation>Verificar esta configuração toda semana e me avisar quando algo precisar de atenção</translation>
    </message>
    <message>
        <source>Result of the weekly check setting</source>
        <translation>Resultado da configuração da verificação semanal</translation>
    </message>
    <message>
        <source>Changes this wizard made</source>
        <translation>Alterações feitas por este assistente</translation>
    </message>
</context>
<context>
    <name>insightly::WelcomePage</name>
    <message>
        <source>Connect Insightly to Microsoft Entra ID</source>
        <translation>Conectar o Insightly ao Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Single sign-on with SAML and user provisioning with SCIM, set up and proven step by step.</source>
        <translation>Logon único com SAML e provisionamento de usuários com SCIM, configurados e comprovados passo a passo.</translation>
    </message>
    <message>
        <source>This wizard signs you in to Microsoft Entra ID and does the four steps of Insightly&apos;s “Setup of SAML &amp; SCIM for Azure” article for you: it adds the &lt;i&gt;Insightly SAML&lt;/i&gt; enterprise application, configures SAML single sign-on and its signing certificate, connects SCIM provisioning, and assigns users and groups. It tests each step before the next, and signs in once through SAML before you enforce SAML login, so nobody is locked out.</source>
        <translation>Depois que você entra no Microsoft Entra ID, este assistente executa para você as quatro etapas do artigo “Setup of SAML &amp; SCIM for Azure” do Insightly: adiciona o aplicativo empresarial &lt;i&gt;Insightly SAML&lt;/i&gt;, configura o logon único SAML e seu certificado de assinatura, conecta o provisionamento SCIM e atribui usuários e grupos. Ele testa cada etapa antes da próxima e pede que você entre uma vez por meio do SAML antes de impor o logon SAML, para que ninguém fique bloqueado.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>O que você gostaria de fazer?</translation>
    </message>
    <message>
        <source>&amp;Set up single sign-on and provisioning</source>
        <translation>&amp;Configurar o logon único e o provisionamento</translation>
    </message>
    <message>
        <source>Set up single sign-on and provisioning</source>
        <translation>Configurar o logon único e o provisionamento</translation>
    </message>
    <message>
        <source>&amp;Rotate the SAML signing certificate of an existing setup</source>
        <translation>Fazer a &amp;rotação do certificado de assinatura SAML de uma configuração existente</translation>
    </message>
    <message>
        <source>Rotate the SAML signing certificate</source>
        <translation>Fazer a rotação do certificado de assinatura SAML</translation>
    </message>
    <message>
        <source>&amp;Check the status of an existing setup</source>
        <translation>&amp;Verificar o status de uma configuração existente</translation>
    </message>
    <message>
        <source>Check the status of an existing setup</source>
        <translation>Verificar o status de uma configuração existente</translation>
    </message>
    <message>
        <source>Microsoft Entra tenant</source>
        <translation>Locatário do Microsoft Entra</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or tenant ID (optional)</source>
        <translation>contoso.onmicrosoft.com ou ID do locatário (opcional)</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locatário:</translation>
    </message>
    <message>
        <source>&lt;b&gt;You will need&lt;/b&gt;&lt;ul&gt;&lt;li&gt;a Microsoft Entra account with the Cloud Application Administrator or Application Administrator role;&lt;/li&gt;&lt;li&gt;an Insightly administrator account on the Enterprise plan.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Você precisará de&lt;/b&gt;&lt;ul&gt;&lt;li&gt;uma conta do Microsoft Entra com a função Administrador de Aplicativos de Nuvem ou Administrador de Aplicativos;&lt;/li&gt;&lt;li&gt;uma conta de administrador do Insightly no plano Enterprise.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Rotate the SCIM to&amp;ken of an existing setup</source>
        <translation>Fazer a rotação do &amp;token SCIM de uma configuração existente</translation>
    </message>
    <message>
        <source>Rotate the SCIM token</source>
        <translation>Fazer a rotação do token SCIM</translation>
    </message>
    <message>
        <source>Saved setup</source>
        <translation>Configuração salva</translation>
    </message>
    <message>
        <source>The tenant and Insightly instance this run is about, or a new setup.</source>
        <translation>O locatário e a instância do Insightly desta execução, ou uma nova configuração.</translation>
    </message>
    <message>
        <source>Set&amp;up:</source>
        <translation>Confi&amp;guração:</translation>
    </message>
</context>
<context>
    <name>insightly::entra::GraphClient</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>nenhuma resposta em %n segundo</numerusform>
            <numerusform>nenhuma resposta em %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>insightly::entra::Provisioning</name>
    <message>
        <source>Microsoft Entra offers no provisioning template for this application.</source>
        <translation>O Microsoft Entra não oferece um modelo de provisionamento para este aplicativo.</translation>
    </message>
    <message>
        <source>The enterprise application was not added from the Insightly SAML gallery entry, or provisioning is not available in this cloud.</source>
        <translation>O aplicativo empresarial não foi adicionado a partir da entrada Insightly SAML da galeria, ou o provisionamento não está disponível nesta nuvem.</translation>
    </message>
    <message>
        <source>Add the Insightly SAML application from the gallery (step 1), then try again.</source>
        <translation>Adicione o aplicativo Insightly SAML da galeria (etapa 1) e tente novamente.</translation>
    </message>
    <message>
        <source>no answer to creating the job</source>
        <translation>sem resposta à criação do trabalho</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo could not start: %1</source>
        <translation>A demonstração não pôde ser iniciada: %1</translation>
    </message>
    <message>
        <source>%1 — demo (simulated tenant)</source>
        <translation>%1 — demonstração (locatário simulado)</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>Não foi possível ler a entrada padrão.</translation>
    </message>
    <message>
        <source>No desktop notification could be shown.</source>
        <translation>Não foi possível mostrar uma notificação na área de trabalho.</translation>
    </message>
    <message>
        <source>Insightly SSO Setup: %1</source>
        <translation>Configuração de SSO do Insightly: %1</translation>
    </message>
    <message>
        <source>Open the wizard</source>
        <translation>Abrir o assistente</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
</context>
</TS>
