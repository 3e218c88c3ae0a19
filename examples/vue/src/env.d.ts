// Template type checking (Volar / vue-tsc) of the kit's tags: props, attributes and
// `@event` handlers, generated from the kit's custom-elements.json.
import type {} from 'invite-kit/types/vue';
