<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="627"/>
        <source>New absence</source>
        <translation>Nouvelle absence</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="639"/>
        <source>Only part of the day</source>
        <translation>Une partie de la journée seulement</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="650"/>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="652"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="655"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="656"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="657"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="659"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <location filename="../../planner/ui/widgets.py" line="109"/>
        <source>Round colour</source>
        <translation>Couleur de la tournée</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="324"/>
        <source>Log a contact — %1</source>
        <translation>Noter un contact — %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="332"/>
        <source>What was said or agreed</source>
        <translation>Ce qui a été dit ou convenu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="334"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="335"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="336"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="59"/>
        <source>New contract</source>
        <translation>Nouveau contrat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="59"/>
        <source>Contract %1</source>
        <translation>Contrat %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="66"/>
        <source>Type a name, a town…</source>
        <translation>Tapez un nom, une commune…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="79"/>
        <source>Renewed automatically each year (tacit renewal)</source>
        <translation>Renouvelé chaque année automatiquement (tacite reconduction)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="84"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="89"/>
        <source>tier price</source>
        <translation>prix de la formule</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="97"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="98"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="99"/>
        <source>Tier</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="101"/>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="102"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="103"/>
        <source>End of current period</source>
        <translation>Fin de la période en cours</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="105"/>
        <source>Notice period</source>
        <translation>Préavis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="106"/>
        <source>Agreed yearly price</source>
        <translation>Prix annuel convenu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="107"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="108"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="195"/>
        <source>%1 visit(s) a year of %2 min — %3 a year</source>
        <translation>%1 visite(s) par an de %2 min — %3 par an</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="27"/>
        <source>Filter: contract no., customer, town, tier</source>
        <translation>Filtrer : n° de contrat, client, commune, formule</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="29"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="34"/>
        <source>All tiers</source>
        <translation>Toutes les formules</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="36"/>
        <source>New contract</source>
        <translation>Nouveau contrat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="37"/>
        <source>Open customer</source>
        <translation>Ouvrir le client</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="48"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="49"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="50"/>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="51"/>
        <source>Tier</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="52"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="53"/>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="54"/>
        <source>Period ends</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="55"/>
        <source>Renewal</source>
        <translation>Reconduction</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="55"/>
        <source>tacit</source>
        <translation>tacite</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="55"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="56"/>
        <source>Next visit due by</source>
        <translation>Prochaine visite avant le</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="119"/>
        <source>%1 contracts</source>
        <translation>%1 contrats</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="207"/>
        <source>Select a customer to see their card.</source>
        <translation>Sélectionnez un client pour afficher sa fiche.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="222"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="223"/>
        <source>Add a site</source>
        <translation>Ajouter un site</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="224"/>
        <source>New contract</source>
        <translation>Nouveau contrat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="225"/>
        <source>Log a call</source>
        <translation>Noter un appel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="230"/>
        <source>Export data (GDPR)</source>
        <translation>Exporter les données (RGPD)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="231"/>
        <source>Anonymise…</source>
        <translation>Anonymiser…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="239"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="240"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="241"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="243"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="248"/>
        <location filename="../../planner/ui/customers_page.py" line="263"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="249"/>
        <source>Tier</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="250"/>
        <location filename="../../planner/ui/customers_page.py" line="261"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="251"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="252"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="253"/>
        <source>Renewal</source>
        <translation>Reconduction</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="253"/>
        <source>tacit</source>
        <translation>tacite</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="253"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="258"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="259"/>
        <location filename="../../planner/ui/customers_page.py" line="352"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="260"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="262"/>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="268"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="269"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="270"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="271"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="272"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="276"/>
        <source>Details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="277"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="278"/>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="279"/>
        <source>Visits</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="280"/>
        <source>Contact log</source>
        <translation>Journal des contacts</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="326"/>
        <source>Contract &lt;b&gt;%1&lt;/b&gt; (%2) until %3</source>
        <translation>Contrat &lt;b&gt;%1&lt;/b&gt; (%2) jusqu&apos;au %3</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="332"/>
        <source>No running contract</source>
        <translation>Aucun contrat en cours</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="337"/>
        <source>visit due %1 – %2</source>
        <translation>visite à faire du %1 au %2</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="343"/>
        <source>next visit %1 with %2</source>
        <translation>prochaine visite le %1 avec %2</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="346"/>
        <source>last visit %1</source>
        <translation>dernière visite le %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="353"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="354"/>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="355"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="356"/>
        <source>Second email</source>
        <translation>E-mail secondaire</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="358"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="362"/>
        <source>email reminders</source>
        <translation>rappels par e-mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="363"/>
        <source>text reminders</source>
        <translation>rappels par SMS</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="364"/>
        <source>offers</source>
        <translation>offres commerciales</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="368"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="370"/>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="371"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="374"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="385"/>
        <source>Sites (%1)</source>
        <translation>Sites (%1)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="386"/>
        <source>Contracts (%1)</source>
        <translation>Contrats (%1)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="387"/>
        <source>Visits (%1)</source>
        <translation>Interventions (%1)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="388"/>
        <source>Contact log (%1)</source>
        <translation>Journal des contacts (%1)</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="70"/>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="70"/>
        <source>Edit customer</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="86"/>
        <source>Mr</source>
        <translation>M.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="87"/>
        <source>Mrs</source>
        <translation>Mme</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="98"/>
        <source>Reminders by email</source>
        <translation>Rappels par e-mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="100"/>
        <source>Reminders by text message</source>
        <translation>Rappels par SMS</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="101"/>
        <source>Commercial offers</source>
        <translation>Offres commerciales</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="106"/>
        <source>Customer type</source>
        <translation>Type de client</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="107"/>
        <source>Title</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="108"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="109"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="110"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="111"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="112"/>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="113"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="114"/>
        <source>Second email</source>
        <translation>E-mail secondaire</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="119"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="120"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="137"/>
        <source>Address of the first site</source>
        <translation>Adresse du premier site</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="48"/>
        <source>Filter: name, phone, email, town, postcode, contract no.</source>
        <translation>Filtrer : nom, téléphone, e-mail, commune, code postal, n° de contrat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="50"/>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="51"/>
        <source>Create a customer (Ctrl+N)</source>
        <translation>Créer un client (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="59"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="60"/>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="61"/>
        <source>Postcode</source>
        <translation>CP</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="62"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="63"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="64"/>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="65"/>
        <source>Next visit</source>
        <translation>Prochaine visite</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="67"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="68"/>
        <source>to check</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="69"/>
        <source>The address position is approximate: check it</source>
        <translation>La position de l&apos;adresse est approximative : à vérifier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="166"/>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="168"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../../planner/ui/data_actions.py" line="24"/>
        <source>&amp;Import an Excel/CSV file…</source>
        <translation>&amp;Importer un fichier Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/data_actions.py" line="26"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../planner/ui/data_actions.py" line="29"/>
        <source>Customers…</source>
        <translation>Clients…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/data_actions.py" line="30"/>
        <source>Contracts…</source>
        <translation>Contrats…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/data_actions.py" line="31"/>
        <source>Visits…</source>
        <translation>Interventions…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/data_actions.py" line="32"/>
        <source>Everything (Excel workbook)…</source>
        <translation>Tout (classeur Excel)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/data_actions.py" line="51"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/data_actions.py" line="51"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/data_actions.py" line="53"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../planner/ui/data_actions.py" line="60"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/data_actions.py" line="72"/>
        <source>Daily backup failed: %1</source>
        <translation>La sauvegarde quotidienne a échoué : %1</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="220"/>
        <source>What each row will become</source>
        <translation>Ce que deviendra chaque ligne</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="221"/>
        <source>Nothing has been saved yet. Check the rejected rows and the warnings, then click Import.</source>
        <translation>Rien n&apos;est encore enregistré. Vérifiez les lignes rejetées et les avertissements, puis cliquez sur Importer.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="228"/>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="228"/>
        <source>Imported</source>
        <translation>Importées</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="228"/>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="229"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="229"/>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="229"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="230"/>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="235"/>
        <source>imported</source>
        <translation>importée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="235"/>
        <source>updated</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="235"/>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="236"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="236"/>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="240"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="241"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="242"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="243"/>
        <source>Details</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="254"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="280"/>
        <source>%1 data rows: %2 imported, %3 updated, %4 duplicates, %5 rejected; %6 warnings; %7 rows skipped. Will create %8 customers, %9 sites, %10 contracts and %11 visits.</source>
        <translation>%1 lignes de données : %2 importées, %3 mises à jour, %4 doublons, %5 rejetées ; %6 avertissements ; %7 lignes ignorées. Seront créés : %8 clients, %9 sites, %10 contrats et %11 interventions.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="68"/>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="69"/>
        <source>An Excel workbook (.xlsx) or a CSV file (separated by ; or ,). Nothing is saved before the last step.</source>
        <translation>Un classeur Excel (.xlsx) ou un fichier CSV (séparé par ; ou ,). Rien n&apos;est enregistré avant la dernière étape.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="73"/>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="74"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="88"/>
        <source>Import a file</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="89"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>Tableurs (*.xlsx *.xlsm *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>GdprActions</name>
    <message>
        <location filename="../../planner/ui/gdpr_actions.py" line="20"/>
        <source>Export the customer&apos;s data (GDPR)</source>
        <translation>Exporter les données du client (RGPD)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/gdpr_actions.py" line="21"/>
        <source>JSON file (*.json)</source>
        <translation>Fichier JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/gdpr_actions.py" line="26"/>
        <source>The data of %1 was saved in %2.</source>
        <translation>Les données de %1 ont été enregistrées dans %2.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/gdpr_actions.py" line="44"/>
        <location filename="../../planner/ui/gdpr_actions.py" line="46"/>
        <source>Anonymise %1</source>
        <translation>Anonymiser %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="362"/>
        <source>Import an Excel/CSV file</source>
        <translation>Importer un fichier Excel/CSV</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="378"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="429"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="445"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="453"/>
        <source>No new address to place on the map.</source>
        <translation>Aucune nouvelle adresse à placer sur la carte.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="458"/>
        <source>Placing %1 new sites on the map…</source>
        <translation>Placement de %1 nouveaux sites sur la carte…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../planner/ui/labels.py" line="22"/>
        <source>To plan</source>
        <translation>À planifier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="23"/>
        <source>Booked</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="24"/>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="25"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="26"/>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="27"/>
        <source>Reported</source>
        <translation>Rapport fait</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="28"/>
        <source>Invoiced</source>
        <translation>Facturée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="29"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="35"/>
        <source>Maintenance</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="36"/>
        <source>Repair</source>
        <translation>Dépannage</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="37"/>
        <source>Quote visit</source>
        <translation>Visite pour devis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="38"/>
        <source>Follow-up</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="44"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="45"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="46"/>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="47"/>
        <source>Terminated</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="53"/>
        <source>Private individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="54"/>
        <source>Business</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="60"/>
        <source>Incoming call</source>
        <translation>Appel reçu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="61"/>
        <source>Outgoing call</source>
        <translation>Appel passé</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="62"/>
        <source>Email received</source>
        <translation>E-mail reçu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="63"/>
        <source>Email sent</source>
        <translation>E-mail envoyé</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="64"/>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="65"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="66"/>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="72"/>
        <source>Booking</source>
        <translation>Prise de RDV</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="73"/>
        <source>Rescheduling</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="74"/>
        <source>Cancellation</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="75"/>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="76"/>
        <source>Quote request</source>
        <translation>Demande de devis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="77"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="78"/>
        <source>Renewal</source>
        <translation>Reconduction</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="79"/>
        <location filename="../../planner/ui/labels.py" line="88"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="85"/>
        <source>Leave</source>
        <translation>Congés</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="86"/>
        <source>Sick leave</source>
        <translation>Maladie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="87"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="94"/>
        <source>House number</source>
        <translation>Numéro de rue</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="95"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="96"/>
        <source>Town centre</source>
        <translation>Centre de la commune</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="97"/>
        <source>Entered by hand</source>
        <translation>Saisie manuelle</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="98"/>
        <source>Not located</source>
        <translation>Non localisée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="104"/>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="105"/>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="106"/>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="107"/>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="108"/>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="109"/>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="110"/>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../planner/ui/main_window.py" line="51"/>
        <source>Planner</source>
        <translation>Planner</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="58"/>
        <location filename="../../planner/ui/selfcheck.py" line="20"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="59"/>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="60"/>
        <source>Technicians</source>
        <translation>Techniciens</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="74"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="86"/>
        <source>Database: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="91"/>
        <source>Working…</source>
        <translation>Travail en cours…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="102"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="103"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="106"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="109"/>
        <source>Load &amp;demonstration data…</source>
        <translation>Charger les données de &amp;démonstration…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="111"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="125"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="132"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="133"/>
        <source>&amp;About Planner</source>
        <translation>À &amp;propos de Planner</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="172"/>
        <source>The database is empty. Load demonstration data (300 customers around Annecy, 6 technicians, contracts and three weeks of rounds) to discover Planner?</source>
        <translation>La base est vide. Charger des données de démonstration (300 clients autour d&apos;Annecy, 6 techniciens, des contrats et trois semaines de tournées) pour découvrir Planner ?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="177"/>
        <source>Load demonstration data? This only works on an empty database: nothing you entered is ever overwritten.</source>
        <translation>Charger des données de démonstration ? Uniquement dans une base vide : rien de ce que vous avez saisi n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="181"/>
        <source>Demonstration data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="185"/>
        <source>Creating demonstration data…</source>
        <translation>Création des données de démonstration…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="193"/>
        <source>About Planner</source>
        <translation>À propos de Planner</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="195"/>
        <source>&lt;b&gt;Planner %1&lt;/b&gt;&lt;br&gt;Maintenance visits, contracts and technicians&apos; rounds, without an internet connection.&lt;br&gt;&lt;br&gt;Database: %2</source>
        <translation>&lt;b&gt;Planner %1&lt;/b&gt;&lt;br&gt;Visites de maintenance, contrats et tournées des techniciens, sans connexion Internet.&lt;br&gt;&lt;br&gt;Base : %2</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="109"/>
        <source>Check the columns</source>
        <translation>Vérifier les colonnes</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="110"/>
        <source>Planner found the header row and recognised the columns below. Correct a column with its list if needed.</source>
        <translation>Planner a trouvé la ligne d&apos;en-tête et reconnu les colonnes ci-dessous. Corrigez une colonne avec sa liste si besoin.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="116"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="117"/>
        <source>Header row</source>
        <translation>Ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="120"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="120"/>
        <source>Title in the file</source>
        <translation>Titre dans le fichier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="120"/>
        <source>Read as</source>
        <translation>Lue comme</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="131"/>
        <source>First rows of the file:</source>
        <translation>Premières lignes du fichier :</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="151"/>
        <source>— ignored —</source>
        <translation>— ignorée —</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="195"/>
        <source>Choose the column holding the customer&apos;s name (Last name or Company).</source>
        <translation>Choisissez la colonne qui contient le nom du client (Nom ou Société).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="198"/>
        <source>No column is read as « %1 »: the site address is needed.</source>
        <translation>Aucune colonne n&apos;est lue comme « %1 » : l&apos;adresse du site est nécessaire.</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../planner/ui/ops.py" line="213"/>
        <source>Cancel</source>
        <extracomment>False offscreen (screenshots, tests): errors are collected instead of shown in a modal box.</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../planner/ui/ops.py" line="214"/>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <location filename="../../planner/ui/ops.py" line="281"/>
        <source>Planner</source>
        <translation>Planner</translation>
    </message>
    <message>
        <location filename="../../planner/ui/ops.py" line="286"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../planner/ui/ops.py" line="288"/>
        <source>Something went wrong and the operation was not completed. Nothing was half-saved.</source>
        <translation>Un problème est survenu et l&apos;opération n&apos;a pas abouti. Rien n&apos;a été enregistré à moitié.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="286"/>
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="286"/>
        <source>Edit site</source>
        <translation>Modifier le site</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="288"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="220"/>
        <source>e.g. Workshop, Holiday home (optional)</source>
        <translation>ex. Atelier, Résidence secondaire (facultatif)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="222"/>
        <source>e.g. 12 rue Sommeiller</source>
        <translation>ex. 12 rue Sommeiller</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="231"/>
        <source>Door code, key, dog, parking…</source>
        <translation>Digicode, clé, chien, stationnement…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="237"/>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="238"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="239"/>
        <source>Address line 2</source>
        <translation>Complément d&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="240"/>
        <source>Postcode and town</source>
        <translation>Code postal et commune</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="241"/>
        <source>Access notes</source>
        <translation>Consignes d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="242"/>
        <source>Phone on site</source>
        <translation>Téléphone sur place</translation>
    </message>
</context>
<context>
    <name>SkillDialog</name>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="607"/>
        <source>New skill</source>
        <translation>Nouvelle compétence</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="612"/>
        <source>Charging stations</source>
        <translation>Bornes de recharge</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="614"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="615"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="312"/>
        <source>Import done</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="320"/>
        <source>Stop placing</source>
        <translation>Arrêter le placement</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="335"/>
        <source>%1 rows imported, %2 updated, %3 duplicates left out, %4 rejected (see the list of the previous step). Created: %5 customers, %6 sites, %7 contracts, %8 visits.</source>
        <translation>%1 lignes importées, %2 mises à jour, %3 doublons écartés, %4 rejetées (voir la liste de l&apos;étape précédente). Créés : %5 clients, %6 sites, %7 contrats, %8 interventions.</translation>
    </message>
</context>
<context>
    <name>TechnicianEditor</name>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="228"/>
        <source>Select a technician, or create one (Ctrl+N).</source>
        <translation>Sélectionnez un technicien, ou créez-en un (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="247"/>
        <source>Active (can be given visits)</source>
        <translation>Actif (peut recevoir des interventions)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="248"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="250"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="251"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="252"/>
        <source>Colour on the board</source>
        <translation>Couleur sur le planning</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="253"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="254"/>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="257"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="260"/>
        <source>New skill…</source>
        <translation>Nouvelle compétence…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="263"/>
        <source>Working hours</source>
        <translation>Horaires de travail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="266"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="266"/>
        <location filename="../../planner/ui/technicians_page.py" line="328"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="266"/>
        <location filename="../../planner/ui/technicians_page.py" line="329"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="266"/>
        <source>Split</source>
        <translation>Coupure</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="281"/>
        <source>Lunch break of</source>
        <translation>Pause déjeuner de</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="283"/>
        <source>between</source>
        <translation>entre</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="285"/>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="295"/>
        <source>e.g. Office, 3 avenue du Pré-Félin, Annecy</source>
        <translation>ex. Siège, 3 avenue du Pré-Félin, Annecy</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="299"/>
        <location filename="../../planner/ui/technicians_page.py" line="309"/>
        <source>lat.</source>
        <translation>lat.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="301"/>
        <location filename="../../planner/ui/technicians_page.py" line="311"/>
        <source>lon.</source>
        <translation>long.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="303"/>
        <source>Ends the day where it starts</source>
        <translation>Finit la journée là où il la commence</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="313"/>
        <source>Start and end of the day</source>
        <translation>Début et fin de journée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="315"/>
        <source>Leaves from</source>
        <translation>Part de</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="318"/>
        <source>Ends at</source>
        <translation>Finit à</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="327"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="330"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="338"/>
        <source>Add an absence…</source>
        <translation>Ajouter une absence…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="339"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="340"/>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="350"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="352"/>
        <source>Discard changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="374"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="441"/>
        <source>New technician</source>
        <translation>Nouveau technicien</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="492"/>
        <source>%1 a week, lunch breaks excluded</source>
        <translation>%1 par semaine, pauses déjeuner déduites</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="586"/>
        <source>Remove absence</source>
        <translation>Supprimer l&apos;absence</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="587"/>
        <source>Remove this absence? The technician becomes available again on those days.</source>
        <translation>Supprimer cette absence ? Le technicien redevient disponible ces jours-là.</translation>
    </message>
</context>
<context>
    <name>TechniciansPage</name>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="73"/>
        <source>Filter: name, skill</source>
        <translation>Filtrer : nom, compétence</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="75"/>
        <source>New technician</source>
        <translation>Nouveau technicien</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="78"/>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="79"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="80"/>
        <source>Hours/week</source>
        <translation>Heures/sem.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="81"/>
        <source>Next absence</source>
        <translation>Prochaine absence</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="82"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
</TS>
