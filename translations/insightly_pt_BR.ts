<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name></name>
    <message>
        <source>(not present)</source>
        <translation>(ausente)</translation>
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
        <source>Sign in again through My Apps.</source>
        <translation>Entre novamente por meio de Meus Aplicativos.</translation>
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
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, tick Enable SCIM Provisioning, save, and copy the SCIM endpoint shown there into Tenant URL.</source>
        <translation>No Insightly, abra &quot;System Settings&quot;, &quot;Security&quot;, &quot;SAML and SCIM&quot;, marque &quot;Enable SCIM Provisioning&quot;, salve e copie o ponto de extremidade SCIM mostrado ali para URL do Locatário.</translation>
    </message>
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, and copy the SCIM token shown there into Secret Token.</source>
        <translation>No Insightly, abra &quot;System Settings&quot;, &quot;Security&quot;, &quot;SAML and SCIM&quot; e copie o token SCIM mostrado ali para Token Secreto.</translation>
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
        <source>The address %1 points to this computer, not to Insightly.</source>
        <translation>O endereço %1 aponta para este computador, não para o Insightly.</translation>
    </message>
    <message>
        <source>Only the demo mode uses a local address.</source>
        <translation>Somente o modo de demonstração usa um endereço local.</translation>
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
</context>
<context>
    <name>KeychainErrors</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gerenciador de Credenciais do Windows</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>o Chaveiro do macOS</translation>
    </message>
    <message>
        <source>the system keyring (Secret Service)</source>
        <translation>o chaveiro do sistema (Secret Service)</translation>
    </message>
    <message>
        <source>A saved credential couldn&apos;t be read from %1.</source>
        <translation>Não foi possível ler uma credencial salva em %1.</translation>
    </message>
    <message>
        <source>A credential couldn&apos;t be saved in %1.</source>
        <translation>Não foi possível salvar uma credencial em %1.</translation>
    </message>
    <message>
        <source>A saved credential couldn&apos;t be removed from %1.</source>
        <translation>Não foi possível remover uma credencial salva de %1.</translation>
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
        <translation>Desbloqueie o chaveiro 'Login' (Senhas e Chaves, ou KWallet) e tente novamente. Definir a senha do chaveiro igual à sua senha de início de sessão faz com que ele seja desbloqueado automaticamente.</translation>
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
        <translation>Exclua os itens 'Insightly SSO Setup' existentes no Acesso às Chaves e tente novamente.</translation>
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
        <translation>Remova manualmente os itens 'Insightly SSO Setup' em %1.</translation>
    </message>
    <message>
        <source>Access to %1 was declined.</source>
        <translation>O acesso a %1 foi recusado.</translation>
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
        <translation>%1 não está disponível.</translation>
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
        <translation>%1 não respondeu em %2 segundos. Ele pode estar bloqueado e aguardando uma solicitação de senha que não está visível.</translation>
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
        <source>The address %1 points to this computer, not to Insightly.</source>
        <translation>O endereço %1 aponta para este computador, não para o Insightly.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s provisioning service connects from its own network; only the demo mode uses a local address.</source>
        <translation>O serviço de provisionamento da Microsoft se conecta a partir da própria rede; somente o modo de demonstração usa um endereço local.</translation>
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
</context>
<context>
    <name>insightly</name>
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
        <source>Run against a built-in simulated tenant and Insightly instance (no real changes).</source>
        <translation>Executa em um locatário e uma instância do Insightly simulados internos (sem alterações reais).</translation>
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
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
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
        <source>The connection to %1 is not secure, so the page was not opened: %2
Check the date and time of this computer, and whether a proxy or security software intercepts secure connections.</source>
        <translation>A conexão com %1 não é segura, portanto a página não foi aberta: %2
Verifique a data e a hora deste computador e se um proxy ou software de segurança intercepta conexões seguras.</translation>
    </message>
    <message>
        <source>Not secure — </source>
        <translation>Não segura — </translation>
    </message>
    <message>
        <source>The page %1 could not be opened: %2</source>
        <translation>Não foi possível abrir a página %1: %2</translation>
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
        <source>If your company inspects HTTPS traffic, ask IT to exclude %1.</source>
        <translation>Se a sua empresa inspeciona o tráfego HTTPS, peça à TI para excluir %1.</translation>
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
    <name>insightly::MessagePanel</name>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copiar diagnóstico</translation>
    </message>
    <message>
        <source>Copy diagnostics to the clipboard</source>
        <translation>Copiar o diagnóstico para a área de transferência</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>O que fazer:</translation>
    </message>
    <message>
        <source>Request ID for support: %1</source>
        <translation>ID da solicitação para o suporte: %1</translation>
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
        <translation>Pesquisa de usuário como a Testar Conexão do Entra faz</translation>
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
        <source>Plain http on this computer (demo mode): there is no TLS to check.</source>
        <translation>http simples neste computador (modo de demonstração): não há TLS para verificar.</translation>
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
        <source>Check that the disk has free space and that %1 is writable. The wizard keeps working, but a later run may not resume where this one stopped.</source>
        <translation>Verifique se o disco tem espaço livre e se %1 é gravável. O assistente continua funcionando, mas uma próxima execução talvez não retome de onde esta parou.</translation>
    </message>
</context>
<context>
    <name>insightly::SetupWizard</name>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Your Insightly instance</source>
        <translation>Sua instância do Insightly</translation>
    </message>
    <message>
        <source>Copy Insightly&apos;s Sign-in page URL into the wizard.</source>
        <translation>Copie a &quot;Sign-in page URL&quot; do Insightly para o assistente.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Insightly, open &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;Sign-in page URL&lt;/b&gt;. It looks like &lt;tt&gt;https://crm.na1.insightly.com/user/saml?instanceId=…&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Paste it here. The wizard uses it as both the Identifier (Entity ID) and the Reply URL.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;No Insightly, abra &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copie a &lt;b&gt;Sign-in page URL&lt;/b&gt;. Ela se parece com &lt;tt&gt;https://crm.na1.insightly.com/user/saml?instanceId=…&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Cole-a aqui. O assistente a usa tanto como Identificador (ID da Entidade) quanto como URL de Resposta.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Reading and checking the Insightly Sign-in page URL is not built yet.</source>
        <translation>A leitura e a verificação da &quot;Sign-in page URL&quot; do Insightly ainda não foram implementadas.</translation>
    </message>
    <message>
        <source>Step 1 — Add the Insightly SAML application</source>
        <translation>Etapa 1 — Adicionar o aplicativo Insightly SAML</translation>
    </message>
    <message>
        <source>The enterprise application from the Microsoft Entra gallery.</source>
        <translation>O aplicativo empresarial da galeria do Microsoft Entra.</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the Entra admin center this is &lt;b&gt;Enterprise applications › New application&lt;/b&gt;, searching the gallery for &lt;b&gt;Insightly SAML&lt;/b&gt; and adding it.&lt;/p&gt;&lt;p&gt;The wizard finds an existing Insightly SAML application first and never creates a second one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No centro de administração do Entra, isso é &lt;b&gt;Aplicativos empresariais › Novo aplicativo&lt;/b&gt;, pesquisando &lt;b&gt;Insightly SAML&lt;/b&gt; na galeria e adicionando-o.&lt;/p&gt;&lt;p&gt;O assistente procura primeiro um aplicativo Insightly SAML existente e nunca cria um segundo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Finding or adding the Insightly SAML application is not built yet.</source>
        <translation>A localização ou adição do aplicativo Insightly SAML ainda não foi implementada.</translation>
    </message>
    <message>
        <source>Step 2 — Configure SAML single sign-on</source>
        <translation>Etapa 2 — Configurar o logon único SAML</translation>
    </message>
    <message>
        <source>Identifier, Reply URL and the signing certificate; then the certificate goes to Insightly.</source>
        <translation>Identificador, URL de Resposta e o certificado de assinatura; depois, o certificado vai para o Insightly.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Single sign-on method: &lt;b&gt;SAML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Identifier (Entity ID)&lt;/b&gt; and &lt;b&gt;Reply URL&lt;/b&gt;: Insightly&apos;s Sign-in page URL.&lt;/li&gt;&lt;li&gt;Download the &lt;b&gt;Certificate (Base64)&lt;/b&gt; (recommended) or the &lt;b&gt;Federation Metadata XML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Upload it in Insightly&apos;s SAML settings and save.&lt;/li&gt;&lt;li&gt;Test the sign-in. Only then tick &lt;b&gt;Enforce SAML Login&lt;/b&gt; in Insightly.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Método de logon único: &lt;b&gt;SAML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Identificador (ID da Entidade)&lt;/b&gt; e &lt;b&gt;URL de Resposta&lt;/b&gt;: a &quot;Sign-in page URL&quot; do Insightly.&lt;/li&gt;&lt;li&gt;Baixe o &lt;b&gt;Certificado (Base64)&lt;/b&gt; (recomendado) ou o &lt;b&gt;XML de Metadados de Federação&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Carregue-o nas configurações de SAML do Insightly e salve.&lt;/li&gt;&lt;li&gt;Teste a entrada. Só então marque &lt;b&gt;Enforce SAML Login&lt;/b&gt; no Insightly.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Configuring SAML, the signing certificate and the sign-in test is not built yet.</source>
        <translation>A configuração do SAML, do certificado de assinatura e do teste de entrada ainda não foi implementada.</translation>
    </message>
    <message>
        <source>Step 3 — Connect SCIM provisioning</source>
        <translation>Etapa 3 — Conectar o provisionamento SCIM</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint and token, tested and saved in Entra.</source>
        <translation>O ponto de extremidade e o token SCIM do Insightly, testados e salvos no Entra.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Insightly, tick &lt;b&gt;Enable SCIM Provisioning&lt;/b&gt; and save.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;SCIM endpoint&lt;/b&gt; and the &lt;b&gt;token&lt;/b&gt; Insightly shows.&lt;/li&gt;&lt;li&gt;In Entra: Provisioning mode &lt;b&gt;Automatic&lt;/b&gt;, Tenant URL = the endpoint, Secret Token = the token, &lt;b&gt;Test Connection&lt;/b&gt;, save, and start provisioning.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;No Insightly, marque &lt;b&gt;Enable SCIM Provisioning&lt;/b&gt; e salve.&lt;/li&gt;&lt;li&gt;Copie o &lt;b&gt;ponto de extremidade SCIM&lt;/b&gt; e o &lt;b&gt;token&lt;/b&gt; que o Insightly mostra.&lt;/li&gt;&lt;li&gt;No Entra: Modo de Provisionamento &lt;b&gt;Automático&lt;/b&gt;, URL do Locatário = o ponto de extremidade, Token Secreto = o token, &lt;b&gt;Testar Conexão&lt;/b&gt;, salve e inicie o provisionamento.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Connecting SCIM provisioning is not built yet.</source>
        <translation>A conexão do provisionamento SCIM ainda não foi implementada.</translation>
    </message>
    <message>
        <source>Step 4 — Assign users and groups</source>
        <translation>Etapa 4 — Atribuir usuários e grupos</translation>
    </message>
    <message>
        <source>Who may sign in to Insightly through Entra, and who is provisioned.</source>
        <translation>Quem pode entrar no Insightly por meio do Entra e quem é provisionado.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Assign the users and groups who use Insightly. Their Insightly e-mail address must match their Entra sign-in name.&lt;/p&gt;&lt;p&gt;Users then sign in from &lt;b&gt;https://myapps.microsoft.com&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Atribua os usuários e grupos que usam o Insightly. O endereço de email deles no Insightly deve corresponder ao nome de entrada no Entra.&lt;/p&gt;&lt;p&gt;Depois, os usuários entram em &lt;b&gt;https://myapps.microsoft.com&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Assigning users and groups is not built yet.</source>
        <translation>A atribuição de usuários e grupos ainda não foi implementada.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>What was set up, and what to do next.</source>
        <translation>O que foi configurado e o que fazer em seguida.</translation>
    </message>
    <message>
        <source>The summary of the setup is not built yet.</source>
        <translation>O resumo da configuração ainda não foi implementado.</translation>
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
        <source>Sign in with a c&amp;ode</source>
        <translation>Entrar com um c&amp;ódigo</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation>Entrar como &amp;outra pessoa</translation>
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
        <translation>Este assistente entra no Microsoft Entra ID e executa para você as quatro etapas do artigo “Setup of SAML &amp; SCIM for Azure” do Insightly: adiciona o aplicativo empresarial &lt;i&gt;Insightly SAML&lt;/i&gt;, configura o logon único SAML e seu certificado de assinatura, conecta o provisionamento SCIM e atribui usuários e grupos. Ele testa cada etapa antes da próxima e entra uma vez por meio do SAML antes que você imponha o logon SAML, para que ninguém fique bloqueado.</translation>
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
</context>
<context>
    <name>insightly::entra</name>
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
    <name>main</name>
    <message>
        <source>The demo could not start: %1</source>
        <translation>A demonstração não pôde ser iniciada: %1</translation>
    </message>
    <message>
        <source>%1 — demo (simulated tenant)</source>
        <translation>%1 — demonstração (locatário simulado)</translation>
    </message>
</context>
</TS>
