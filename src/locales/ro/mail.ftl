# E-mailurile trimise de Procura, în română: cuvintele din
# src/mail/templates/*. Termenii urmează GLOSSARY.md.

## Comune tuturor e-mailurilor

mail-footer = Primiți acest mesaj datorită rolului dumneavoastră în Procura.
mail-hello = Bună ziua,
mail-hello-name = Bună ziua, { $name },
mail-button-fallback = Dacă butonul nu funcționează, deschideți acest link:
mail-open-application = Deschide cererea
mail-open-application-link = Deschideți cererea:
mail-field-application = Cerere
mail-field-requester = Solicitant
mail-field-department = Departament
mail-field-total = Valoare totală
mail-field-needed-by = Necesar până la
mail-col-line = Poziție
mail-col-category = Categorie
mail-col-quantity = Cantitate
mail-col-unit-price = Preț unitar
mail-col-total-in = Valoare ({ $currency })

## application_submitted

mail-submitted-subject = Aprobare necesară: { $title } ({ $total } { $currency })
mail-submitted-subject-delegate = Aprobare necesară (pentru { $delegate_of }): { $title } ({ $total } { $currency })
mail-submitted-heading = Aprobare necesară
mail-submitted-intro = { $requester } a trimis spre aprobare o cerere care așteaptă decizia dumneavoastră în calitate de { $step ->
        [department_head] șef de departament
        [it_head] șef IT
        [finance] reprezentant al departamentului financiar
       *[director] director
    }.
mail-submitted-intro-delegate = { $requester } a trimis spre aprobare o cerere care așteaptă o decizie în etapa { $step ->
        [department_head] șefului de departament
        [it_head] șefului IT
        [finance] departamentului financiar
       *[director] directorului
    }. Decizia vă revine, ca delegat pentru { $delegate_of }.
mail-submitted-why = Justificare:
mail-submitted-budget = Bugetul departamentului plătitor pe luna { $month }, la trimiterea acestui e-mail
mail-submitted-budget-warn = Cererea depășește bugetul sau privește o lună fără plafon: la aprobare vi se va cere să bifați „Aprobă oricum, peste buget”.
mail-submitted-budget-block = Cererea depășește bugetul, iar politica o blochează: o poate aproba doar rolul indicat în politică.
mail-submitted-ask = Vă rugăm să examinați cererea și să o aprobați, să o returnați spre corectare sau să o respingeți.
mail-submitted-decide-now = Decide acum
mail-submitted-review = Examinează cererea
mail-submitted-link-yours = Acest buton este doar al dumneavoastră: deschide cererea cu butoanele de aprobare, returnare și respingere, fără autentificare, este valabil { PLURAL($days) ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } și poate fi folosit pentru o singură decizie. Nu redirecționați acest e-mail. Dacă preferați să deschideți cererea în Procura, folosiți acest link:
mail-submitted-decide-now-text = Decideți acum (acest link este doar al dumneavoastră: funcționează fără autentificare, este valabil { PLURAL($days) ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } și poate fi folosit pentru o singură decizie; nu redirecționați acest e-mail):
mail-submitted-or-open = Sau deschideți cererea în Procura:

## application_step_decided

mail-step-decided-subject = Aprobată de { $step ->
        [department_head] șeful de departament
        [it_head] șeful IT
        [finance] departamentul financiar
       *[director] director
    }: { $title }
mail-step-decided-subject-next = Aprobată de { $step ->
        [department_head] șeful de departament
        [it_head] șeful IT
        [finance] departamentul financiar
       *[director] director
    }: { $title } – urmează: { $approver }
mail-step-decided-heading = Aprobată de { $step ->
        [department_head] șeful de departament
        [it_head] șeful IT
        [finance] departamentul financiar
       *[director] director
    }
mail-step-decided-intro = Cererea { $reference } „{ $title }” a fost aprobată de { $decided_by } în etapa { $step ->
        [department_head] șefului de departament
        [it_head] șefului IT
        [finance] departamentului financiar
       *[director] directorului
    }.
mail-step-decided-intro-behalf = Cererea { $reference } „{ $title }” a fost aprobată de { $decided_by }, ca delegat pentru { $on_behalf_of }, în etapa { $step ->
        [department_head] șefului de departament
        [it_head] șefului IT
        [finance] departamentului financiar
       *[director] directorului
    }.
mail-step-decided-comment = Comentariu de la { $name }:
mail-step-decided-next = Etapa următoare: decide { $approver } ({ $step ->
        [department_head] șef de departament
        [it_head] șef IT
        [finance] departamentul financiar
       *[director] director
    }).
mail-step-decided-next-step = Etapa următoare: decide { $step ->
        [department_head] șeful de departament
        [it_head] șeful IT
        [finance] departamentul financiar
       *[director] directorul
    }.
mail-step-decided-last = Nu mai urmează alte etape de aprobare.

## application_approved

mail-approved-subject = Cerere aprobată: { $title }
mail-approved-heading = Cerere aprobată
mail-approved-intro = Cererea { $reference } „{ $title }” a parcurs toate etapele de aprobare și este acum aprobată.
mail-approved-last-step = Ultima etapă, cea a { $step ->
        [department_head] șefului de departament
        [it_head] șefului IT
        [finance] departamentului financiar
       *[director] directorului
    }, a fost aprobată de { $decided_by }.
mail-approved-last-step-behalf = Ultima etapă, cea a { $step ->
        [department_head] șefului de departament
        [it_head] șefului IT
        [finance] departamentului financiar
       *[director] directorului
    }, a fost aprobată de { $decided_by }, ca delegat pentru { $on_behalf_of }.
mail-approved-comment = Comentariu de la { $name }:
mail-approved-order = Pentru specialiștii IT: vă rugăm să trimiteți comanda către furnizor și să înregistrați în Procura furnizorul și numărul comenzii. Solicitantul va fi anunțat când cererea va fi comandată.

## application_returned

mail-returned-subject = Returnată spre corectare: { $title }
mail-returned-heading = Returnată spre corectare
mail-returned-intro = Cererea dumneavoastră { $reference } „{ $title }” v-a fost returnată spre corectare de { $returned_by }.
mail-returned-comment = Comentariu de la { $name }:
mail-returned-ask = Vă rugăm să modificați cererea conform solicitării și să o trimiteți din nou spre aprobare.
mail-returned-ask-link = Vă rugăm să modificați cererea conform solicitării și să o trimiteți din nou spre aprobare:
mail-returned-edit = Modifică cererea

## application_rejected

mail-rejected-subject = Cerere respinsă: { $title }
mail-rejected-heading = Cerere respinsă
mail-rejected-intro = Cererea dumneavoastră { $reference } „{ $title }” a fost respinsă de { $rejected_by }.
mail-rejected-reason = Motiv:
mail-rejected-closed = Cererea este închisă și nu va fi comandată. Dacă mai aveți nevoie de aceste articole, vă rugăm să discutați motivul cu { $rejected_by } înainte de a trimite spre aprobare o cerere nouă.

## application_cancelled

mail-cancelled-subject = Cerere anulată: { $title }
mail-cancelled-heading = Cerere anulată
mail-cancelled-intro = Cererea { $reference } „{ $title }” a fost anulată de { $cancelled_by } în timp ce aștepta decizia dumneavoastră. Nu mai trebuie să faceți nimic.
mail-cancelled-comment = Comentariu:

## application_self_fulfilled

mail-self-fulfilled-subject = Cerere onorată de propriul solicitant: { $title }
mail-self-fulfilled-heading = Cerere onorată de propriul solicitant
mail-self-fulfilled-intro = { $requester } își onorează propria cerere { $reference } „{ $title }” (stare: { $status }): politica de aprobare permite unui specialist IT să comande și să recepționeze articolele din propriile cereri. Departamentul financiar primește acest mesaj de fiecare dată când se întâmplă acest lucru, pentru ca cererea să fie verificată și de altcineva.

## account_created: unui utilizator nou, cu adresa de e-mail de autentificare și rolurile

mail-account-subject = Contul dumneavoastră Procura a fost creat
mail-account-title = Contul dumneavoastră Procura
mail-account-heading = Bun venit în Procura
mail-account-intro = V-a fost creat un cont în Procura, unde cererile de achiziție IT sunt trimise spre aprobare, aprobate și urmărite.
mail-account-field-email = E-mail de autentificare
mail-account-field-roles = Roluri
mail-account-open = Deschide Procura
mail-account-start = Pentru a începe, deschideți acest link:

## application_ordered: solicitantului, după ce IT a plasat comanda la furnizor

mail-ordered-subject = Cerere comandată: { $title }
mail-ordered-subject-expected = Cerere comandată: { $title } (livrare estimată pe { $expected_on })
mail-ordered-title = Cerere comandată
mail-ordered-heading = Cerere comandată
mail-ordered-intro = Cererea dumneavoastră { $reference } „{ $title }” a fost comandată.
mail-ordered-field-supplier = Furnizor
mail-ordered-field-reference = Număr comandă
mail-ordered-field-expected = Livrare estimată
mail-ordered-next = Veți primi un e-mail când articolele vor fi recepționate. Deocamdată nu trebuie să faceți nimic.
mail-ordered-track = Urmărește cererea
mail-ordered-track-link = Urmăriți cererea aici:

## application_received: solicitantului, după o recepție (completă, livrare
## respinsă sau parțială)

mail-received-subject-full = Recepție completă: { $title }
mail-received-subject-rejected = Livrare respinsă: { $title }
mail-received-subject-partly = Recepție parțială: { $title }
mail-received-title = Articole recepționate
mail-received-heading-full = Recepție completă
mail-received-heading-rejected = Livrare respinsă
mail-received-heading-partly = Recepție parțială
mail-received-intro-full = Toate articolele din cererea dumneavoastră { $reference } „{ $title }” au fost recepționate.
mail-received-intro-rejected = O livrare pentru cererea dumneavoastră { $reference } „{ $title }” a fost respinsă la recepție și returnată furnizorului; articolele sunt în continuare așteptate.
mail-received-intro-partly = O parte din cererea dumneavoastră { $reference } „{ $title }” a fost recepționată; celelalte articole sunt încă așteptate.
mail-received-rejected-heading = Respinse și returnate furnizorului (încă așteptate)
mail-received-rejected-list = Respinse și returnate furnizorului (încă așteptate):
mail-received-rejected-line = { $item }: { $quantity } (motiv: { $reason })
mail-received-items = Articole:
mail-received-line = { $item }: recepționat { $received } din { $ordered }
mail-received-col-item = Articol
mail-received-col-received = Cantitate recepționată
mail-received-col-ordered = Cantitate comandată
mail-received-col-rejected = Cantitate respinsă
mail-received-col-reason = Motiv
mail-received-collect = Dacă departamentul IT nu v-a contactat deja, vă rugăm să luați legătura cu acesta pentru ridicarea sau instalarea articolelor.
mail-received-more = Veți primi un nou e-mail când sosesc și alte articole.

## application_closed_short: solicitantului, când IT închide poziții cu livrare incompletă

mail-closed-short-subject = Nu se mai livrează: { PLURAL($count) ->
        [one] o poziție
        [few] { $count } poziții
       *[other] { $count } de poziții
    } din cererea { $title }
mail-closed-short-heading = Articole care nu vor mai fi livrate
mail-closed-short-intro = Departamentul IT a închis o parte din cererea dumneavoastră { $reference } „{ $title }”: cantitățile rămase din aceste poziții nu vor mai fi livrate.
mail-closed-short-reason = Motiv:
mail-closed-short-line = { $item }: recepționat { $received } din { $ordered }; nu se mai livrează { $closed }
mail-closed-short-col-item = Articol
mail-closed-short-col-ordered = Cantitate comandată
mail-closed-short-col-received = Cantitate recepționată
mail-closed-short-col-closed = Nu se mai livrează
mail-closed-short-complete = Pentru această cerere nu se mai așteaptă nimic. Dacă mai aveți nevoie de restul, creați o cerere nouă.
mail-closed-short-rest = Celelalte articole sunt încă așteptate; veți primi un e-mail când sosesc.

## delegation_named: delegatului, cu ce așteaptă deja decizia aprobatorului

mail-delegation-named-subject = Decideți pentru { $approver } de la { $starts_on } până la { $ends_on }
mail-delegation-named-title = Decideți ca delegat
mail-delegation-named-heading = Decideți pentru { $approver }
mail-delegation-named-intro = { $approver } v-a numit delegat de la { $starts_on } până la { $ends_on }. În această perioadă luați în locul său deciziile din etapele de aprobare care îi sunt atribuite, iar fiecare decizie este înregistrată pe numele dumneavoastră, ca delegat pentru { $approver }.
mail-delegation-named-waiting = Așteaptă deja o decizie de la { $approver }:
mail-delegation-named-item-needed = { $title }: { $total } { $currency }, necesar până la { $needed_by }
mail-delegation-named-nothing = Momentan nimic nu așteaptă o decizie de la { $approver }; veți primi un e-mail când va apărea ceva.
mail-delegation-named-inbox = Tot ce așteaptă decizia dumneavoastră:

## delegation_ended: delegatului, când aprobatorul încheie delegarea sau
## aceasta expiră

mail-delegation-ended-subject = Delegarea dumneavoastră pentru { $approver } s-a încheiat
mail-delegation-ended-title = Delegare încheiată
mail-delegation-ended-heading = Delegarea dumneavoastră s-a încheiat
mail-delegation-ended-early = { $approver } a încheiat delegarea care trebuia să dureze de la { $starts_on } până la { $ends_on }.
mail-delegation-ended-ran-out = Delegarea dumneavoastră pentru { $approver }, de la { $starts_on } până la { $ends_on }, s-a încheiat odată cu ultima zi a perioadei.
mail-delegation-ended-after = Nu mai luați decizii de aprobare în locul său; ce așteaptă încă o decizie trece din nou la { $approver }.

## low_stock: articole din stoc ajunse la pragul de reaprovizionare sau sub acesta, către specialiștii IT

mail-low-stock-subject = Stoc scăzut: { PLURAL($count) ->
        [one] un articol
        [few] { $count } articole
       *[other] { $count } de articole
    } la pragul de reaprovizionare sau sub acesta
mail-low-stock-heading = Stoc scăzut
mail-low-stock-intro = { PLURAL($count) ->
        [one] Un articol din stoc a ajuns la pragul de reaprovizionare sau sub acesta:
        [few] { $count } articole din stoc au ajuns la pragul de reaprovizionare sau sub acesta:
       *[other] { $count } de articole din stoc au ajuns la pragul de reaprovizionare sau sub acesta:
    }
mail-low-stock-col-sku = Cod SKU
mail-low-stock-col-item = Articol
mail-low-stock-col-location = Locație
mail-low-stock-col-on-hand = În stoc
mail-low-stock-col-reorder-point = Prag de reaprovizionare
mail-low-stock-line = { $item } ({ $sku }), locația { $location }: { $on_hand } { $unit } în stoc (pragul de reaprovizionare: { $reorder_point } { $unit })
mail-low-stock-ask = { PLURAL($count) ->
        [one] Vă rugăm să comandați din nou acest articol sau să transferați stoc între locații, apoi să înregistrați modificările în Procura.
        [few] Vă rugăm să comandați din nou aceste articole sau să transferați stoc între locații, apoi să înregistrați modificările în Procura.
       *[other] Vă rugăm să comandați din nou aceste articole sau să transferați stoc între locații, apoi să înregistrați modificările în Procura.
    }
mail-low-stock-ask-link = { PLURAL($count) ->
        [one] Vă rugăm să comandați din nou acest articol sau să transferați stoc între locații, apoi să înregistrați modificările în Procura:
        [few] Vă rugăm să comandați din nou aceste articole sau să transferați stoc între locații, apoi să înregistrați modificările în Procura:
       *[other] Vă rugăm să comandați din nou aceste articole sau să transferați stoc între locații, apoi să înregistrați modificările în Procura:
    }
mail-low-stock-open = Deschide stocul

## budget_ready: bugetul de achiziții săptămânal sau lunar, către departamentul financiar ($kind
## este weekly sau monthly; $start și $end sunt prima și ultima zi a perioadei)

mail-budget-subject = { $kind ->
        [weekly] Buget săptămânal de achiziții { $start } – { $end } (versiunea { $revision })
       *[monthly] Buget lunar de achiziții { $start } – { $end } (versiunea { $revision })
    }
mail-budget-subject-late = { $kind ->
        [weekly] [Întârziat] Buget săptămânal de achiziții { $start } – { $end } (versiunea { $revision })
       *[monthly] [Întârziat] Buget lunar de achiziții { $start } – { $end } (versiunea { $revision })
    }
mail-budget-heading = { $kind ->
        [weekly] Buget săptămânal de achiziții
       *[monthly] Buget lunar de achiziții
    }
mail-budget-intro = { $kind ->
        [weekly] Bugetul săptămânal de achiziții pentru { $start } – { $end } este gata (versiunea { $revision }).
       *[monthly] Bugetul lunar de achiziții pentru { $start } – { $end } este gata (versiunea { $revision }).
    }
mail-budget-late = Atenție: acest buget este întârziat – a fost generat după ora programată.
# $earlier: câte versiuni ale aceleiași perioade există înaintea acesteia.
mail-budget-replaces = { PLURAL($earlier) ->
        [one] Această versiune o înlocuiește pe cea anterioară pentru aceeași perioadă.
        [few] Această versiune le înlocuiește pe cele anterioare pentru aceeași perioadă.
       *[other] Această versiune le înlocuiește pe cele anterioare pentru aceeași perioadă.
    }
mail-budget-total = Totalul bugetului: { $total } { $currency }.
mail-budget-total-carried = Totalul bugetului: { $total } { $currency }, din care { $new } pentru poziții noi în această perioadă și { $carried } pentru poziții reportate din perioadele anterioare.
mail-budget-amounts-in = Toate sumele de mai jos sunt în { $currency }.
mail-budget-stale = Necesități învechite, cu termenul depășit de peste { PLURAL($days) ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } și neincluse în total: { $stale } { $currency }.
mail-budget-stale-list = Lista lor se află la specialiștii IT, care urmează să le comande, să le stabilească un termen nou sau să le anuleze.
mail-budget-by-department = Pe departamente
mail-budget-by-department-list = Pe departamente:
mail-budget-by-category = Pe categorii
mail-budget-by-category-list = Pe categorii:
mail-budget-col-limit = Plafon
mail-budget-col-remaining = Disponibil
mail-budget-col-status = Stare
mail-budget-over-limit = Plafon depășit
mail-budget-within-limit = În limita plafonului
mail-budget-no-limit = Fără plafon
mail-budget-row = { $name }: { $total } { $currency } (plafon { $limit }, disponibil { $remaining })
mail-budget-row-over = { $name }: { $total } { $currency } (plafon { $limit }, disponibil { $remaining }) – PLAFON DEPĂȘIT
mail-budget-row-no-limit = { $name }: { $total } { $currency } (fără plafon)
mail-budget-changes = Modificări față de versiunea { $earlier }
mail-budget-changes-summary = Totalul bugetului: { $before } → { $after } { $currency } ({ $difference }). Poziții adăugate: { $added }, eliminate: { $removed }, modificate: { $changed }.
mail-budget-changes-largest = Modificările de poziții cu cel mai mare efect asupra totalului (foaia „Modificări” din fișierul XLSX le conține pe toate):
mail-budget-col-group = Departament sau categorie
mail-budget-col-before = Înainte
mail-budget-col-after = După
mail-budget-col-difference = Diferență
mail-budget-col-change = Ce s-a schimbat
mail-budget-change-added = adăugată
mail-budget-change-removed = eliminată
mail-budget-change-changed = modificată
mail-budget-attachments = Fișierele CSV și XLSX atașate conțin toate pozițiile acestui buget.
mail-budget-open = Deschide bugetul
mail-budget-open-link = Deschideți bugetul în Procura:

## stale_needs: necesități cu termenul depășit de peste $days zile, către specialiștii IT

mail-stale-subject = Necesități învechite: { PLURAL($count) ->
        [one] o poziție deschisă
        [few] { $count } poziții deschise
       *[other] { $count } de poziții deschise
    } cu termenul depășit de peste { PLURAL($days) ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    }
mail-stale-heading = Necesități învechite
mail-stale-intro = Aceste necesități aprobate sau comandate au ajuns la termen cu peste { PLURAL($days) ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } înainte de săptămâna bugetului { $start } – { $end } și sunt încă deschise. Figurează în buget, dar nu mai sunt luate în calcul la compararea cu plafoanele.
mail-stale-ask = Vă rugăm să comandați fiecare necesitate, să îi stabiliți un termen nou sau să o anulați.
mail-stale-ask-list = Vă rugăm să comandați fiecare necesitate, să îi stabiliți un termen nou sau să o anulați:
mail-stale-col-need = Necesitate
mail-stale-col-amount-in = Valoare ({ $currency })
mail-stale-col-due = Termen
mail-stale-col-days-overdue = Zile de întârziere
mail-stale-line = { $description }: { $amount } { $currency }, termen { $due } (întârziere de { PLURAL($days) ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    })

## budget XLSX
# Fișierul XLSX atașat bugetului (src/service/budgets/export.rs): numele
# foilor (cel mult 31 de caractere, fără : \ / ? * [ ]), antetul fiecărei
# coloane (mail-xlsx-col-<codul coloanei>), tipurile rândurilor din foaia
# de totaluri și da/nu din coloana depășirii.

mail-xlsx-sheet-lines = Poziții
mail-xlsx-sheet-carried-over = Poziții reportate
mail-xlsx-sheet-totals = Totaluri
mail-xlsx-sheet-changes = Modificări
mail-xlsx-col-change = Modificare
mail-xlsx-col-before = Înainte
mail-xlsx-col-after = După
mail-xlsx-col-difference = Diferență
mail-xlsx-col-position = Nr. crt.
mail-xlsx-col-section = Secțiune
mail-xlsx-col-source = Sursă
mail-xlsx-col-source-ref = Identificator sursă
mail-xlsx-col-description = Descriere
mail-xlsx-col-department-code = Cod departament
mail-xlsx-col-department = Departament
mail-xlsx-col-category = Categorie
mail-xlsx-col-quantity = Cantitate
mail-xlsx-col-unit-price = Preț unitar
mail-xlsx-col-amount = Valoare
mail-xlsx-col-currency = Monedă
mail-xlsx-col-due-on = Termen
mail-xlsx-col-days-overdue = Zile de întârziere
mail-xlsx-col-group = Grup
mail-xlsx-col-code = Cod
mail-xlsx-col-name = Denumire
mail-xlsx-col-total = Valoare totală
mail-xlsx-col-new = Noi
mail-xlsx-col-carried-over = Reportate
mail-xlsx-col-stale = Învechite
mail-xlsx-col-limit = Plafon
mail-xlsx-col-remaining = Disponibil
mail-xlsx-col-overrun = Depășire
mail-xlsx-sheet-execution = Execuție
mail-xlsx-col-month = Lună
mail-xlsx-col-approved = Aprobat, necomandat
mail-xlsx-col-committed = Comandat, de primit
mail-xlsx-col-ordered = Comandat în total
mail-xlsx-col-actual = Recepționat

## approval_reminder: memento pentru cine poate decide o etapă care așteaptă;
## o singură cerere sau un rezumat al mai multora

mail-late-prefix = [Cu întârziere]
mail-reminder-subject = Memento: cererea { $reference } „{ $title }” așteaptă decizia dumneavoastră de { PLURAL($days) ->
        [one] o zi lucrătoare
        [few] { $days } zile lucrătoare
       *[other] { $days } de zile lucrătoare
    }
mail-reminder-title = O cerere așteaptă decizia dumneavoastră
mail-reminder-heading = O cerere așteaptă decizia dumneavoastră de { PLURAL($days) ->
        [one] o zi lucrătoare
        [few] { $days } zile lucrătoare
       *[other] { $days } de zile lucrătoare
    }
mail-reminder-intro = Această cerere așteaptă de { PLURAL($days) ->
        [one] o zi lucrătoare
        [few] { $days } zile lucrătoare
       *[other] { $days } de zile lucrătoare
    } o decizie în etapa { $step ->
        [department_head] șefului de departament
        [it_head] șefului IT
        [finance] departamentului financiar
       *[director] directorului
    }.
mail-reminder-for = Decideți ca delegat pentru { $name }.
mail-reminder-open = Deschideți cererea pentru a o aproba, a o returna spre corectare sau a o respinge:
mail-reminder-button = Deschide cererea
mail-reminder-late = Acest memento a plecat cu întârziere: termenul lui a fost într-o zi anterioară, când Procura nu funcționa.
mail-digest-subject = { PLURAL($count) ->
        [one] O cerere așteaptă
        [few] { $count } cereri așteaptă
       *[other] { $count } de cereri așteaptă
    } decizia dumneavoastră, cea mai veche de { PLURAL($days) ->
        [one] o zi lucrătoare
        [few] { $days } zile lucrătoare
       *[other] { $days } de zile lucrătoare
    }
mail-digest-heading = Cereri care așteaptă decizia dumneavoastră: { $count }
mail-digest-intro = Aveți { PLURAL($count) ->
        [one] o cerere care așteaptă
        [few] { $count } cereri care așteaptă
       *[other] { $count } de cereri care așteaptă
    } decizia dumneavoastră; cea mai veche așteaptă de { PLURAL($days) ->
        [one] o zi lucrătoare
        [few] { $days } zile lucrătoare
       *[other] { $days } de zile lucrătoare
    }.
mail-digest-item = { $reference } „{ $title }”: { $total } { $currency }, așteaptă de { PLURAL($days) ->
        [one] o zi lucrătoare
        [few] { $days } zile lucrătoare
       *[other] { $days } de zile lucrătoare
    }
mail-digest-col-waiting = Timp de așteptare
mail-digest-days = { PLURAL($days) ->
        [one] 1 zi lucrătoare
        [few] { $days } zile lucrătoare
       *[other] { $days } de zile lucrătoare
    }
mail-digest-inbox = Tot ce așteaptă decizia dumneavoastră:
mail-digest-button = Deschide cererile de decis

## approval_escalated: superiorului celui care nu a decis

mail-escalated-subject = Nicio decizie de { PLURAL($days) ->
        [one] o zi lucrătoare
        [few] { $days } zile lucrătoare
       *[other] { $days } de zile lucrătoare
    }: { $reference } „{ $title }”
mail-escalated-subject-moved = Acum decideți dumneavoastră: { $reference } „{ $title }”
mail-escalated-title = O aprobare întârzie
mail-escalated-heading = O aprobare întârzie
mail-escalated-heading-moved = O aprobare vă revine acum dumneavoastră
mail-escalated-intro = Această cerere așteaptă de { PLURAL($days) ->
        [one] o zi lucrătoare
        [few] { $days } zile lucrătoare
       *[other] { $days } de zile lucrătoare
    } o decizie în etapa { $step ->
        [department_head] șefului de departament
        [it_head] șefului IT
        [finance] departamentului financiar
       *[director] directorului
    }. Cine decide: { $holder }. Primiți acest mesaj pentru că vă aflați mai sus în circuitul de aprobare.
mail-escalated-told = Decizia rămâne a persoanei respective; îi puteți aminti de cerere, dar nu este nevoie să faceți nimic.
mail-escalated-moved = Politica de aprobare transferă o astfel de etapă mai sus: acum decideți dumneavoastră, nu mai decide persoana respectivă.
mail-escalated-history = Etapa a fost transferată de la { $from } la { $to } după { PLURAL($days) ->
        [one] o zi lucrătoare
        [few] { $days } zile lucrătoare
       *[other] { $days } de zile lucrătoare
    } fără decizie
mail-escalated-history-told = { $to } a primit o notificare după { PLURAL($days) ->
        [one] o zi lucrătoare
        [few] { $days } zile lucrătoare
       *[other] { $days } de zile lucrătoare
    } în care { $from } nu a luat o decizie

## approval_handed_over: to a decider whose stalled step went to their superior

mail-handed-over-subject = Etapă transferată mai sus: { $reference } „{ $title }”
mail-handed-over-heading = O aprobare a fost transferată mai sus
mail-handed-over-intro = Această cerere a așteptat { PLURAL($days) ->
        [one] o zi lucrătoare
        [few] { $days } zile lucrătoare
       *[other] { $days } de zile lucrătoare
    } decizia dumneavoastră în etapa { $step ->
        [department_head] șefului de departament
        [it_head] șefului IT
        [finance] departamentului financiar
       *[director] directorului
    }. Politica de aprobare transferă o astfel de etapă mai sus, așa că acum decide { $superior }.
mail-handed-over-nothing-left = Nu mai trebuie să luați nicio decizie privind această cerere; transferul este consemnat în istoricul ei.

# An approval past the budget (docs/design.md#budget-check): the history's
# note, and the mail to finance.
mail-over-budget-history = Aprobată peste buget: { $details }
mail-over-budget-history-override = Aprobată peste buget, trecând peste blocare: { $details }
mail-over-budget-history-short = { $category } { $month }, depășire { $shortfall }
mail-over-budget-history-no-limit = { $category } { $month }, fără plafon
mail-over-budget-subject = Aprobată peste buget: { $title }
mail-over-budget-heading = Aprobată peste buget
mail-over-budget-intro = { $approver } a aprobat cererea { $reference } „{ $title }”, deși depășește bugetul departamentului „{ $department }” pe luna { $month }.
mail-over-budget-override = Politica blochează aprobările peste acest plafon; { $approver } a trecut peste blocare, deoarece are rolul care permite acest lucru.
mail-over-budget-warned = Pentru aprobările peste acest plafon, politica prevede o avertizare; { $approver } a confirmat „Aprobă oricum, peste buget”.
mail-over-budget-held = Deja utilizat
mail-over-budget-this = Această cerere
