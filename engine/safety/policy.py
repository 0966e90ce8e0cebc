"""The written policy in code (docs/safety-policy.md): categories, precedence, messages.

One label is reported per block, the first that applies in `PROMPT_CATEGORIES` order. Each
message tells the person what to change. Values stored before the policy was rewritten
(`nudity_real_person`, `hate_extremism`) stay readable through `category_label` and
`message_for`.
"""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    """Why a prompt, photo, clip or caption was blocked."""

    MINORS = "minors"
    SEXUAL = "sexual"
    SELF_HARM = "self_harm"
    VIOLENCE_GORE = "violence_gore"
    WEAPONS_TERROR = "weapons_terror"
    HATE_HARASSMENT = "hate_harassment"
    DRUGS = "drugs"
    DECEPTION = "deception"
    # From the image, the workspace policy or a vendor, not the prompt.
    UNSAFE_IMAGE = "unsafe_image"
    PROTECTED_IDENTITY = "protected_identity"
    FACES_NOT_ALLOWED = "faces_not_allowed"
    CONSENT_REQUIRED = "consent_required"
    VENDOR_REFUSED = "vendor_refused"


# The policy's precedence: minors > sexual > self_harm > violence_gore > weapons_terror >
# hate_harassment > drugs > deception.
PROMPT_CATEGORIES: tuple[Category, ...] = (
    Category.MINORS,
    Category.SEXUAL,
    Category.SELF_HARM,
    Category.VIOLENCE_GORE,
    Category.WEAPONS_TERROR,
    Category.HATE_HARASSMENT,
    Category.DRUGS,
    Category.DECEPTION,
)

# Stored `block_category` values of the earlier categories, read as today's.
LEGACY_CATEGORIES: dict[str, Category] = {
    "nudity_real_person": Category.SEXUAL,
    "hate_extremism": Category.HATE_HARASSMENT,
}

MESSAGES: dict[Category, str] = {
    Category.MINORS: "We can't animate this: it could sexualise or harm a child, which we never "
    "allow. Please describe a prompt where the child is safe, for example playing or a gentle "
    "camera move.",
    Category.SEXUAL: "We can't animate this: it asks for nudity or sexual content, which "
    "Stillmotion does not make. Please describe a non-sexual motion, such as a camera move or "
    "wind in the hair.",
    Category.SELF_HARM: "We can't animate this: it shows suicide or self-harm. Please describe a "
    "different motion. If you are struggling, a local crisis line or emergency services can "
    "help right now.",
    Category.VIOLENCE_GORE: "We can't animate this: it shows violence or injury to a person or "
    "animal. Please remove the attack or the wound and describe another motion.",
    Category.WEAPONS_TERROR: "We can't animate this: it shows an attack, an explosive or a "
    "weapon aimed at someone. Please remove the weapon or the attack and describe another "
    "motion.",
    Category.HATE_HARASSMENT: "We can't animate this: it attacks or humiliates a person or "
    "group, or shows hate symbols. Please remove that part and describe a neutral motion.",
    Category.DRUGS: "We can't animate this: it shows illegal drug use, making or dealing. Please "
    "remove the drug part and describe another motion.",
    Category.DECEPTION: "We can't animate this: it would make a real person seem to do or say "
    "something they didn't, or pass as real footage. Please animate the photo as it is, "
    "without the staged act, the news framing or the intent to mislead.",
    Category.UNSAFE_IMAGE: "We can't animate this: the image looks like explicit or unsafe "
    "content, which Stillmotion doesn't animate. Choose another photo and try again.",
    Category.PROTECTED_IDENTITY: "We can't animate this: the photo shows a person who has asked "
    "not to be animated. Choose another photo.",
    Category.FACES_NOT_ALLOWED: "We can't animate this: the photo shows a person's face, and "
    "this workspace does not allow animating people. Use a photo without people, or ask an "
    "admin to change the face policy.",
    Category.CONSENT_REQUIRED: "We can't animate this yet: the photo shows a person's face. "
    "Confirm that everyone in the photo agreed to be animated, then submit again.",
    Category.VENDOR_REFUSED: "We can't animate this: the video provider refused this photo or "
    "prompt under its content policy, and we don't send refused requests elsewhere. Change the "
    "prompt or choose another photo.",
}

_LABELS: dict[Category, str] = {
    Category.MINORS: "Minors",
    Category.SEXUAL: "Sexual content",
    Category.SELF_HARM: "Self-harm",
    Category.VIOLENCE_GORE: "Violence and gore",
    Category.WEAPONS_TERROR: "Weapons and terror",
    Category.HATE_HARASSMENT: "Hate and harassment",
    Category.DRUGS: "Illegal drugs",
    Category.DECEPTION: "Deceptive depiction of a real person",
    Category.UNSAFE_IMAGE: "Unsafe image",
    Category.PROTECTED_IDENTITY: "Protected identity",
    Category.FACES_NOT_ALLOWED: "Faces not allowed",
    Category.CONSENT_REQUIRED: "Consent required",
    Category.VENDOR_REFUSED: "Refused by the video provider",
}


def as_category(value: str) -> Category | None:
    """A stored value as today's category (old names mapped), or None if unknown."""
    if value in LEGACY_CATEGORIES:
        return LEGACY_CATEGORIES[value]
    try:
        return Category(value)
    except ValueError:
        return None


def user_message(category: Category) -> str:
    """The sentence shown to the person whose request was blocked."""
    return MESSAGES[category]


def message_for(value: str) -> str:
    """The message for a stored category value, including the old names."""
    category = as_category(value)
    return MESSAGES[category] if category else ""


def category_label(value: str) -> str:
    """A readable name for a stored category value ("" stays "")."""
    if not value:
        return ""
    category = as_category(value)
    if category is None:
        return value
    label = _LABELS[category]
    return f"{label} (was {value})" if value in LEGACY_CATEGORIES else label
