import { Provider, Type } from '@nestjs/common';
import { MigrationClass } from '@custody/platform';

/** The controllers, handlers, tools and projections of a group of slices, and the migrations they need. */
export interface SliceGroup {
  readonly controllers: readonly Type<unknown>[];
  readonly providers: readonly Provider[];
  readonly migrations?: readonly MigrationClass[];
}
