"""Labelled examples written from ACLED's codebook definitions, in our own words: a few sentences per sub-event
type (and for "no conflict event"), so that the sub-type model meets every class, also the rare ones, in the
shape the definition gives it. None of them comes from an evaluation set; the names are invented.
"""

from __future__ import annotations

NO_EVENT = "none"

EXAMPLES: dict[str, tuple[str, ...]] = {
    "Armed clash": (
        "Government troops fought rebels for several hours near the village of Ostrava on Monday.",
        "Militants attacked an army checkpoint and soldiers returned fire, leaving five fighters dead.",
        "Two rival militias exchanged gunfire over control of a market in the north of the city.",
        "Security forces killed a dozen insurgents in a gun battle in the hills east of the capital.",
    ),
    "Government regains territory": (
        "The army retook the town of Velmar from the insurgents after a week of fighting.",
        "Government forces recaptured two villages that the militants had held since last year.",
        "Troops loyal to the president drove the rebels out of the district and took back control of it.",
        "Security forces cleared the last militants from the valley and restored state control over it.",
    ),
    "Non-state actor overtakes territory": (
        "Rebel fighters seized the town of Korin after government troops fled their positions.",
        "Jihadists took control of the border crossing on Tuesday following clashes with the army.",
        "The militia overran a police post and captured the surrounding villages.",
        "Insurgents captured a district centre after police withdrew from it.",
    ),
    "Chemical weapon": (
        "Dozens of residents were treated for choking after a chlorine gas attack on the town.",
        "Witnesses said shells filled with a toxic chemical fell on the district, causing breathing problems.",
        "Investigators concluded that sarin was used in the strike on the village last spring.",
    ),
    "Air/drone strike": (
        "Warplanes bombed a market in the rebel-held town, killing at least ten people.",
        "A drone strike hit a car carrying two militant commanders on the highway.",
        "Fighter jets carried out raids on the group's positions overnight.",
    ),
    "Suicide bomb": (
        "A suicide bomber blew himself up at the entrance of a mosque during Friday prayers.",
        "An attacker wearing an explosive vest detonated it near a police checkpoint.",
        "A suicide car bomb rammed into the gate of the military base.",
    ),
    "Shelling/artillery/missile attack": (
        "Mortar rounds landed on a residential neighbourhood, wounding four children.",
        "Artillery shelled the outskirts of the city throughout the night.",
        "Rockets fired from across the border struck a village, damaging several homes.",
    ),
    "Remote explosive/landmine/IED": (
        "A roadside bomb exploded as an army convoy passed, killing two soldiers.",
        "A farmer was killed when he stepped on a landmine in his field.",
        "A car bomb went off in a crowded street of the capital.",
    ),
    "Grenade": (
        "An unknown assailant threw a hand grenade into a crowded bar, wounding nine people.",
        "Attackers on a motorbike lobbed a grenade at the police station.",
    ),
    "Sexual violence": (
        "Soldiers raped several women during a raid on the village, a rights group said.",
        "Militiamen were accused of sexually assaulting girls at a displacement camp.",
        "A woman was raped by two soldiers at a checkpoint, her family said.",
    ),
    "Attack": (
        "Gunmen shot dead three farmers in their fields on Sunday.",
        "Armed men stormed a village and killed eleven civilians, burning their homes.",
        "Unidentified attackers stabbed a local councillor outside his house.",
    ),
    "Abduction/forced disappearance": (
        "Gunmen kidnapped twenty schoolgirls from their dormitory overnight.",
        "Militants abducted two aid workers on the road to the camp.",
        "An activist disappeared after being taken away by men in plain clothes.",
    ),
    "Peaceful protest": (
        "Thousands of people marched through the capital demanding the release of political prisoners.",
        "Teachers held a peaceful sit-in outside the ministry over unpaid wages.",
        "Students rallied on the campus to protest against higher fees.",
    ),
    "Protest with intervention": (
        "Police dispersed a rally of opposition supporters with tear gas and arrested several of them.",
        "Security forces broke up a sit-in by farmers and detained its organisers.",
        "Riot police blocked marchers from reaching the square and pushed them back with water cannon.",
        "Officers pushed the crowd back from the governor's office and held a dozen marchers for questioning.",
        "Police fired tear gas to clear striking workers from the factory gates.",
    ),
    "Excessive force against protesters": (
        "Police opened fire on peaceful demonstrators, killing four of them.",
        "Soldiers used live ammunition against an unarmed crowd of protesters.",
        "Security forces beat marchers with clubs until several were badly injured.",
        "Troops fired live rounds into a crowd of unarmed marchers, leaving three dead and dozens wounded.",
        "A student taking part in the sit-in was shot dead when police opened fire on the crowd.",
    ),
    "Violent demonstration": (
        "Protesters threw stones at police and set tyres on fire on the main road.",
        "Demonstrators torched a government building and clashed with security forces.",
        "Angry protesters smashed shop windows and hurled petrol bombs at officers.",
        "Demonstrators blocked the highway with burning tyres and pelted passing cars with rocks.",
        "Protesters stormed the town hall, broke windows and fought with the guards at the gate.",
        "Youths protesting the election result clashed with police and set a police van on fire.",
    ),
    "Mob violence": (
        "A mob lynched a man accused of stealing a goat.",
        "An angry crowd beat two suspected thieves to death in the market.",
        "Vigilantes attacked a family they accused of witchcraft and burned their house.",
        "Villagers beat a suspected cattle thief to death before the police arrived.",
        "A crowd of residents attacked a police station after rumours spread that a child had been kidnapped.",
    ),
    "Arrests": (
        "Police arrested fifteen opposition activists in overnight raids.",
        "Security forces detained a journalist at the airport.",
        "The authorities rounded up dozens of suspected members of the banned group.",
        "Police detained three men suspected of planning attacks on churches.",
        "Soldiers took dozens of young men into custody during night raids on the district.",
    ),
    "Agreement": (
        "The government and the rebel group signed a ceasefire agreement on Thursday.",
        "The two sides agreed to exchange prisoners and open a humanitarian corridor.",
        "Warring parties reached a peace deal after months of talks.",
        "The army and the armed group agreed to resume peace talks next month.",
        "Both sides accepted a truce brokered by tribal elders and agreed to swap detainees.",
    ),
    "Change to group/activity": (
        "Dozens of rebel fighters surrendered and laid down their arms.",
        "A senior commander defected from the militia with his men.",
        "Two armed groups announced that they had merged under a new name.",
        "The army deployed additional troops to the border region.",
        "The rebel movement announced a new leader after its founder was killed.",
        "The militia said it was moving its fighters from the coast to the southern front.",
        "The government sent a new batch of armoured vehicles and helicopters to the army units in the east.",
    ),
    "Headquarters or base established": (
        "The militia set up a new base in the abandoned school outside the town.",
        "Insurgents established a headquarters in the hills overlooking the valley.",
        "Foreign troops opened a new military outpost near the border crossing.",
        "The armed group turned a seized farm into its regional command centre.",
    ),
    "Disrupted weapons use": (
        "Police defused a bomb found near the stadium before it could go off.",
        "Soldiers seized a cache of weapons and ammunition in a raid on a farmhouse.",
        "Bomb disposal experts safely detonated an explosive device left at the bus station.",
        "A parcel bomb was intercepted at the post office.",
        "Air defences shot down a drone before it reached the airport.",
        "Troops found and dismantled a roadside bomb planted on the road to the market.",
        "Police discovered a hidden store of rifles, grenades and explosives in a house on the edge of town.",
    ),
    "Looting/property destruction": (
        "Armed men looted shops and set fire to houses in the village.",
        "Rioters ransacked the warehouse and carried off sacks of food.",
        "Fighters destroyed crops and burned the market before leaving.",
        "Soldiers plundered homes in the village and carried off livestock and grain.",
        "Unknown men torched a health centre and two classrooms overnight.",
    ),
    "Non-violent transfer of territory": (
        "Rebel forces withdrew from the town without a fight and handed it over to the army.",
        "Under the deal, the militants evacuated the district and government troops moved in.",
        "Foreign troops handed control of the base to local forces.",
        "The militia left the town without a shot being fired and the army took over its checkpoints.",
        "Under a local truce, the rebels handed three villages to a neutral force without any fighting.",
    ),
    "Other": ("The armed group tested a new ballistic missile off the coast.",),
    NO_EVENT: (
        "A powerful earthquake struck the region, killing more than 40 people.",
        "Floods after days of heavy rain forced thousands from their homes.",
        "Health officials reported hundreds of new cases of cholera this week.",
        "The number of infections rose again after a month of decline.",
        "A gas cylinder exploded in a restaurant kitchen, injuring six workers.",
        "A bus collided with a truck on the highway, killing twelve passengers.",
        "A fire at a chemical factory killed three employees.",
        "Police said the suspect robbed a bank and fled with the cash.",
        "Drug traffickers were sentenced to ten years in prison.",
        "The foreign minister met his counterpart to discuss trade and visas.",
        "The two countries agreed to restore diplomatic relations and reopen embassies.",
        "The president expelled ten diplomats in response to new sanctions.",
        "A storm destroyed hundreds of houses along the coast.",
        "The ministry announced a vaccination campaign in the northern provinces.",
        "The group claimed responsibility for the bombing in a statement posted online.",
        "A spokesman for the rebels denied that his fighters had carried out the attack.",
        "The government blamed the militia for the killings and vowed to punish those responsible.",
        "Rights groups accused the army of shelling the village and called for an inquiry.",
        "The jihadist group said in a message that its members were behind the assault.",
        "Three people died when a building under construction collapsed in the city centre.",
        "A train derailed in the mountains, injuring dozens of passengers.",
        "An explosion at a fireworks warehouse killed five workers and damaged nearby homes.",
        "Police seized two tonnes of cocaine and arrested members of a smuggling ring.",
        "A gang robbed a jewellery shop and escaped with gold worth millions.",
        "The European Union imposed new sanctions on officials accused of rights abuses.",
        "The two leaders discussed security cooperation and signed a trade agreement.",
        "The foreign ministry summoned the ambassador to complain about remarks made by its president.",
        "Heavy rain triggered landslides that buried several villages in the hills.",
        "Hospitals struggled to cope with a surge in coronavirus infections.",
    ),
}


def codebook_examples() -> list[tuple[str, str]]:
    """(sentence, label) pairs written from the codebook's definitions."""
    return [(text, label) for label, texts in EXAMPLES.items() for text in texts]
